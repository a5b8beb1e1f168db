//! Services that join the wings: they read and write the store (edge) around the pure work
//! (analysis, outgoing).
//!
//! - [`analyse`]: stored messages → analyses, with the answers decided with them.
//! - [`decide`]: people's decisions (assign, set-measure, dismiss) and learned addresses.
//! - [`queue`]: which reminders and digests are due, put in the outbox.

pub mod analyse;
pub mod decide;
pub mod queue;
