//! Saving: the drafts as directory.json, offered only when every draft
//! passes the rules and the file reads back under `make validate`'s strict
//! check, with what changed since the directory was opened.

use crate::content::load_as_of;
use crate::date::Date;
use crate::directory::changes::{Changes, changes};
use crate::directory::save::to_json;
use crate::directory::{Community, DirectoryFile};

use super::draft::{Draft, Problem, read_drafts};

/// A file ready to download, and what it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub json: String,
    pub changes: Changes,
}

/// The drafts as the text of directory.json, keeping `opened`'s schema
/// link and review period; or each problem by draft position.
pub fn save(
    drafts: &[Draft],
    opened: &DirectoryFile,
    today: Date,
) -> Result<Saved, Vec<(usize, Vec<Problem>)>> {
    let communities: Vec<Community> = read_drafts(drafts, today)?;
    let file = DirectoryFile {
        schema: opened.schema.clone(),
        review_after_months: opened.review_after_months,
        communities,
        set_aside: Vec::new(),
    };
    let json = to_json(&file);
    // The drafts passed the same rules; a file-wide rule they cannot see
    // (the size limit) is reported against the first.
    if let Err(error) = load_as_of::<DirectoryFile>(json.as_bytes(), today) {
        return Err(vec![(0, vec![(String::new(), error.to_string())])]);
    }
    Ok(Saved {
        changes: changes(&opened.communities, &file.communities),
        json,
    })
}
