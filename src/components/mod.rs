//! Shared widgets used by more than one view.

pub mod announcer;
pub mod citations;
pub mod content_view;
pub mod link;
pub mod page;
pub mod rich_text;
pub mod shell;
