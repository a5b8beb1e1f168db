//! The edge wing: everything that touches the world — mail files and Maildir folders, the
//! IMAP mailbox, the OCR programs, the reader workers, SQLite, the SMTP and file transports,
//! and the daemon that runs them under one cancellation token.

pub mod daemon;
pub mod fault;
pub mod imap;
pub mod maildir;
pub mod ocr;
pub mod outbox;
pub mod sandbox;
pub mod store;
