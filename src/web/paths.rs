//! The desk's addresses: text as a path segment, a message's page, a link from outside.

/// The link to a desk page from outside (the digest), when `base_url` is set.
pub fn link(base_url: Option<&str>, path: &str) -> Option<String> {
    base_url.map(|b| format!("{b}{path}"))
}

/// What a path segment may carry unencoded: letters, digits and `-._~` (RFC 3986 unreserved).
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Text as one percent-encoded path segment.
pub fn segment(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, SEGMENT).to_string()
}

/// A Message-ID (without <>) as one path segment.
pub fn message_path(message_id: &str) -> String {
    format!("/message/{}", segment(message_id))
}
