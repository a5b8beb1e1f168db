//! Typed values as columns: what a kind or a code is stored as, read back checked.

use crate::analysis::parse::MessageKind;
use crate::analysis::reason::ReasonCode;
use crate::outgoing::compose::MailKind;

impl rusqlite::types::ToSql for MessageKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for MessageKind {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = value.as_str()?;
        MessageKind::from_code(code).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown message kind {code:?}").into())
        })
    }
}

impl rusqlite::types::ToSql for MailKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for MailKind {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = value.as_str()?;
        MailKind::parse(code).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown mail kind {code:?}").into())
        })
    }
}

impl rusqlite::types::ToSql for ReasonCode {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for ReasonCode {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = value.as_str()?;
        ReasonCode::parse(code).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown reason code {code:?}").into())
        })
    }
}
