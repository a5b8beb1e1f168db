//! `MessageId`: a Message-ID as zvit stores and compares it — without angle brackets or
//! surrounding space — and the one place that trims them. Pure.

use std::fmt;

/// A Message-ID without its angle brackets ("a@b", never "<a@b>").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(String);

impl MessageId {
    /// From what a person typed or a header holds: "<a@b>", " a@b ", "a@b" all give "a@b".
    pub fn new(s: &str) -> MessageId {
        MessageId(strip_angles(s.trim()).to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form shown to people and in exports: "<a@b>".
    pub fn bracketed(&self) -> String {
        format!("<{}>", self.0)
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for MessageId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A header's message identifier without its angle brackets (as mail-parser hands it over,
/// with no space to trim).
pub fn strip_angles(s: &str) -> &str {
    s.trim_matches(['<', '>'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_space_are_trimmed_once_here() {
        for typed in ["<a@b.ua>", " <a@b.ua> ", "a@b.ua", "a@b.ua>"] {
            assert_eq!(MessageId::new(typed).as_str(), "a@b.ua", "{typed:?}");
        }
        assert_eq!(MessageId::new("a@b.ua").bracketed(), "<a@b.ua>");
    }
}
