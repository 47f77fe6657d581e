//! The plain-Rust core: data model, validation, scoring, search and URL
//! state. No web-sys, no signals: everything here runs and is tested natively
//! with `cargo test`. No `unsafe` either, so fuzzing it needs no
//! AddressSanitizer (`make fuzz` runs without one, several times faster).
#![forbid(unsafe_code)]

pub mod assessment;
pub mod content;
pub mod crosslinks;
pub mod date;
pub mod directory;
pub mod guide;
pub mod ids;
pub mod import;
pub mod mailto;
pub mod presentation;
pub mod richtext;
pub mod roles;
pub mod routes;
pub mod search;
pub mod site;
pub mod sources;
pub mod starter;
pub mod studio;
pub mod toolkit;
pub mod url;
pub mod url_state;
