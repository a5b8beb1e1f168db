//! The pure analysis wing: raw bytes and a plan in, an [`pipeline::Analysis`] out.
//!
//! Nothing here does I/O or reads the clock: parse, extract, attribute, map and the pipeline
//! that joins them take bytes, strings and a [`plan::Plan`] and return data. Errors in input
//! are data too (a [`reason::Reason`]).

pub mod attribute;
pub mod decision;
pub mod extract;
pub mod intent;
pub mod map;
pub mod message_id;
pub mod parse;
pub mod pipeline;
pub mod plan;
pub mod reason;
pub mod scan;
pub mod score;
pub mod sender_auth;
pub mod text;
