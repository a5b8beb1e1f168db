//! Services that join the wings: they read and write the store (edge) around the pure work
//! (analysis, outgoing).
//!
//! - [`analyse`]: stored messages → analyses, with the answers decided with them.
//! - [`answers`]: the automatic answers an analysis calls for (receipt, notice, alert).
//! - [`pool`]: an ordered pool of threads (jobs side by side, answers taken in order).
//! - [`decide`]: people's decisions (assign, set-measure, dismiss) and learned addresses.
//! - [`queue`]: which reminders and digests are due, put in the outbox.

pub mod analyse;
pub mod answers;
pub mod decide;
pub mod pool;
pub mod queue;
