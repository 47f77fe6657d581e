//! Shared widgets used by more than one view.

pub mod announcer;
pub mod citations;
pub mod content_view;
pub mod directory_index;
pub mod existing_communities;
pub mod link;
pub mod link_notices;
pub mod page;
pub mod prose;
pub mod second_app;
pub mod shell;
