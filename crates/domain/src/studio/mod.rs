//! The content studio's model (apps/studio): the directory as its editors
//! work on it. Each community is a [`Draft`], its fields as the text the
//! form holds, read exactly as an imported spreadsheet row is read
//! (`import::rows`): the same lenient dates, the same labels for kinds, and
//! the same rules as `make validate`. Only a directory whose every draft
//! passes is offered as a file ([`save`]).

pub mod draft;
pub mod fields;
pub mod list;
pub mod meetings;
pub mod save;
pub mod work;

#[cfg(test)]
mod tests;

pub use draft::{Draft, check_draft, read_drafts};
pub use fields::{FieldInfo, MEETING_PARTS, field_info, meeting_parts};
pub use list::{Checked, ListFilter, due_for_review, filtered};
pub use save::{Saved, save};
pub use work::Work;
