//! Start together (`/together/`): a founding group compares its members'
//! self-assessments, sees progress since an earlier result and drafts its
//! starter documents. A second app in the workspace: the navigator's
//! visitors download none of it (ARCHITECTURE.md, "Start together").
//!
//! The logic is the domain's (`domain::assessment::group`,
//! `domain::starter`); the browser calls go through the navigator's
//! `cop_navigator::web`; these modules only lay out what those give.

pub mod app;
mod compare;
mod documents;
mod dot_plot;
mod progress;

// Public for the browser component tests (tests/browser_together.rs).
pub mod people;
pub mod state;
