//! Typed values as columns: what a kind or a code is stored as, read back checked.

use crate::analysis::parse::MessageKind;
use crate::analysis::reason::ReasonCode;
use crate::outgoing::compose::MailKind;

/// Stores a type as its text (`as_str`) and reads it back with `parse`, an unknown text being
/// an error that names `what` it should have been.
macro_rules! text_column {
    ($type:ty, $parse:path, $what:literal) => {
        impl rusqlite::types::ToSql for $type {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $type {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let code = value.as_str()?;
                $parse(code).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!(concat!("unknown ", $what, " {:?}"), code).into(),
                    )
                })
            }
        }
    };
}

text_column!(MessageKind, MessageKind::from_code, "message kind");
text_column!(MailKind, MailKind::parse, "mail kind");
text_column!(ReasonCode, ReasonCode::parse, "reason code");
