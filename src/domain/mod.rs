//! The plain-Rust core: data model, validation and (in later modules) scoring,
//! search and URL state. No web-sys, no signals: everything here runs and is
//! tested natively with `cargo test`.

pub mod assessment;
pub mod content;
pub mod crosslinks;
pub mod date;
pub mod directory;
pub mod guide;
pub mod richtext;
pub mod roles;
pub mod routes;
pub mod search;
pub mod site;
pub mod sources;
pub mod toolkit;
pub mod url;
