//! The outgoing wing: what zvit says and when — status and exports, the schedule of
//! reminders, the decisions to answer, digests with their chart, and the mail built from the
//! admins' templates. Pure: the store and the transport are at the edge.

pub mod chart;
pub mod compose;
pub mod digest;
pub mod policy;
pub mod records;
pub mod report;
pub mod respond;
pub mod review;
pub mod safe;
pub mod schedule;
