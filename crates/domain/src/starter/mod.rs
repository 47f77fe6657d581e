//! Starter documents (`starter.json`): a draft community charter, a sponsor
//! brief and a first-meeting agenda, filled in from a self-assessment (one
//! person's or a group's combined answers) and, when the person came from
//! the guide, its result and their words.
//!
//! The wording is all in the data, with placeholders (`{community}`,
//! `{gaps}`, …: `template::PLACEHOLDERS`, plus names `notes` defines for the
//! person's notes on statements). Rust knows only the placeholder names and
//! how to work out their values; a value that is missing shows the data's
//! prompt ("[to agree: …]"), so a draft never has a silent hole. Documents
//! are plain text blocks, never HTML; `to_markdown` escapes everything.

mod assemble;
mod check;
mod guide;
mod markdown;
mod model;
mod template;

pub use assemble::{Block, Document, GuideContext, StarterInput, assemble};
pub use check::{WORDING_NAMES, check_against};
pub use guide::guide_context;
pub use markdown::{file_name, to_markdown};
pub use model::{
    BlockTemplate, DocumentTemplate, NoteField, Prompts, RoleStatus, SectionTemplate, SponsorAsks,
    StarterFile, Wording,
};
pub use template::{Kind, PLACEHOLDERS};

#[cfg(test)]
mod tests;
