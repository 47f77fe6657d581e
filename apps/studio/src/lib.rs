//! The content studio (`/studio/`): the programme team opens the directory
//! (the published file, a file of theirs, or a spreadsheet or SharePoint
//! export), edits it against the same rules as the app and `make validate`,
//! keeps it fresh, previews it in the real directory view and saves
//! directory.json. A separate app in the workspace: the navigator's
//! visitors download none of it (ARCHITECTURE.md, "Content studio").
//!
//! The logic is the domain's (`domain::studio`, `domain::import`,
//! `domain::directory`); browser calls go through the navigator's
//! `cop_navigator::web`; these modules lay out what those give.
#![recursion_limit = "256"]

pub mod app;
mod editor;
mod form;
mod fresh;
mod mapping;
mod open;
mod preview;
mod save;
mod suggest;

// Public for the browser component tests (tests/browser_studio.rs).
pub mod state;
