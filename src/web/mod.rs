//! Browser glue: where the app lives, fetching content, document title. The
//! only UI-side code that talks to web-sys directly.

pub mod base;
pub mod clipboard;
pub mod clock;
pub mod content;
pub mod document;
pub mod download;
pub mod embed;
pub mod focus;
pub mod perf;
pub mod prefetch;
pub mod session;
pub mod site;
pub mod storage;
pub mod url;
