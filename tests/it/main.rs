//! Integration tests: one binary (see ARCHITECTURE.md). Modules by subject.

mod badinput;
mod browser;
mod cli;
mod corpora;
mod crash;
mod fixtures;
mod hostile;
mod imap;
mod layout;
mod ocr;
mod outgoing;
mod recognition;
mod stack;
mod web;
