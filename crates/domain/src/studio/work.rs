//! The studio's work in progress: the directory as opened (to compare a
//! save with) and the drafts being edited. It is what the browser keeps
//! between visits ("Restore unsaved changes"), so it reads back from its
//! own JSON and refuses anything else with a message, never a panic.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::draft::{Draft, read_valid};
use crate::content::load_lenient;
use crate::date::Date;
use crate::directory::changes::{Bring, Changes, changes};
use crate::directory::{Community, DirectoryFile};
use crate::import::rows::Imported;

/// Version of the kept work's shape; work kept by another version is refused.
const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Work {
    version: u32,
    /// Where it came from, for people: "the published directory",
    /// "directory.json".
    pub source: String,
    /// The `$schema` link and review period of the file opened.
    pub schema: Option<String>,
    pub review_after_months: u32,
    /// The communities of the file opened that passed the rules: a save
    /// reports its changes against these.
    pub opened: Vec<Community>,
    pub drafts: Vec<Draft>,
}

/// A deleted draft and where it was, to undo the deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub index: usize,
    pub draft: Draft,
}

impl Work {
    /// A directory file's text as work: every entry becomes a draft, also
    /// one that breaks a rule (to fix here, not dropped). Refused, with the
    /// loader's message (file, line and column), when it is not a directory.
    pub fn open(source: &str, bytes: &[u8], today: Date) -> Result<Work, String> {
        // The loader's messages name the line and column, and its lenient
        // rules accept a file with broken entries.
        let file =
            load_lenient::<DirectoryFile>(bytes, Some(today)).map_err(|error| error.to_string())?;
        let value: Value = serde_json::from_slice(bytes).map_err(|error| error.to_string())?;
        let drafts: Vec<Draft> = value["communities"]
            .as_array()
            .map(|entries| entries.iter().map(Draft::from_entry).collect())
            .unwrap_or_default();
        Ok(Work {
            version: VERSION,
            source: source.to_string(),
            schema: file.schema.clone(),
            review_after_months: file.review_after_months,
            opened: read_valid(&drafts, today),
            drafts,
        })
    }

    /// An empty directory, for a team starting from a spreadsheet.
    pub fn empty(source: &str) -> Work {
        Work {
            version: VERSION,
            source: source.to_string(),
            schema: Some("../schema/directory.schema.json".to_string()),
            review_after_months: 12,
            opened: Vec::new(),
            drafts: Vec::new(),
        }
    }

    /// The file the drafts would be saved into (without its communities).
    pub fn file(&self) -> DirectoryFile {
        DirectoryFile {
            schema: self.schema.clone(),
            review_after_months: self.review_after_months,
            communities: self.opened.clone(),
            set_aside: Vec::new(),
        }
    }

    /// The ids of every draft except the one at `except`.
    pub fn ids_except(&self, except: Option<usize>) -> HashSet<String> {
        self.drafts
            .iter()
            .enumerate()
            .filter(|(index, _)| Some(*index) != except)
            .map(|(_, draft)| draft.get("id").trim().to_string())
            .filter(|id| !id.is_empty())
            .collect()
    }

    /// Adds a new draft at the end and returns its position.
    pub fn add(&mut self, today: Date) -> usize {
        self.drafts.push(Draft::new(today));
        self.drafts.len() - 1
    }

    /// A copy of the draft at `index`, just after it, named "… (copy)" with
    /// an id made from that name; returns its position.
    pub fn duplicate(&mut self, index: usize) -> Option<usize> {
        let mut copy = self.drafts.get(index)?.clone();
        copy.set("name", &format!("{} (copy)", copy.get("name").trim()));
        copy.set("id", "");
        copy.fill_id(&self.ids_except(None));
        self.drafts.insert(index + 1, copy);
        Some(index + 1)
    }

    pub fn delete(&mut self, index: usize) -> Option<Deleted> {
        (index < self.drafts.len()).then(|| Deleted {
            index,
            draft: self.drafts.remove(index),
        })
    }

    pub fn undo_delete(&mut self, deleted: Deleted) -> usize {
        let index = deleted.index.min(self.drafts.len());
        self.drafts.insert(index, deleted.draft);
        index
    }

    /// What bringing `imported` in would change among the communities that
    /// pass the rules, and how many rows come in to be fixed.
    pub fn import_changes(&self, imported: &Imported, how: Bring, today: Date) -> (Changes, usize) {
        let mut preview = self.clone();
        preview.bring_in(imported, how);
        let before = read_valid(&self.drafts, today);
        let after = read_valid(&preview.drafts, today);
        (changes(&before, &after), imported.set_aside.len())
    }

    /// Brings the imported rows in: merged by id (an imported entry replaces
    /// the draft with its id) or replacing every draft. Rows set aside come
    /// in as drafts to fix, after the others.
    pub fn bring_in(&mut self, imported: &Imported, how: Bring) {
        if how == Bring::Replace {
            self.drafts.clear();
        }
        let incoming = imported
            .communities
            .iter()
            .map(Draft::from_community)
            .chain(
                imported
                    .set_aside
                    .iter()
                    .map(|row| Draft::from_entry(&row.entry)),
            );
        for draft in incoming {
            let id = draft.get("id").trim().to_string();
            match self
                .drafts
                .iter_mut()
                .find(|existing| !id.is_empty() && existing.get("id").trim() == id)
            {
                Some(existing) => *existing = draft,
                None => self.drafts.push(draft),
            }
        }
    }

    /// The work as the browser keeps it.
    pub fn to_kept(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Work the browser kept, or why it cannot be restored.
    pub fn from_kept(text: &str) -> Result<Work, String> {
        let work: Work = serde_json::from_str(text).map_err(|_| {
            "The unsaved changes kept in this browser are damaged and cannot be restored."
                .to_string()
        })?;
        if work.version != VERSION {
            return Err("The unsaved changes kept in this browser are from another version of the studio and cannot be restored.".to_string());
        }
        Ok(work)
    }
}
