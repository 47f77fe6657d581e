//! What changed between two versions of the directory's communities (added,
//! changed field by field, removed), and bringing imported entries into the
//! open directory: merged by id, or replacing it.

use serde_json::Value;

use super::Community;

/// Changes from one list of communities to another, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Ids of communities only in the new list.
    pub added: Vec<String>,
    /// Ids of communities in both that differ, with the fields that differ
    /// (in the schema's order).
    pub changed: Vec<(String, Vec<String>)>,
    /// Ids of communities only in the old list.
    pub removed: Vec<String>,
}

impl Changes {
    /// "2 added, 1 changed, 3 removed", or "No changes".
    pub fn summary(&self) -> String {
        if self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty() {
            return "No changes".to_string();
        }
        format!(
            "{} added, {} changed, {} removed",
            self.added.len(),
            self.changed.len(),
            self.removed.len()
        )
    }
}

/// How imported entries come into the open directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bring {
    /// An imported entry replaces the one with its id; others are added;
    /// nothing is removed.
    Merge,
    /// The imported entries become the whole list.
    Replace,
}

/// The open list with `imported` brought in, and what that changes.
pub fn bring_in(
    current: &[Community],
    imported: &[Community],
    how: Bring,
) -> (Vec<Community>, Changes) {
    let result = match how {
        Bring::Replace => imported.to_vec(),
        Bring::Merge => {
            let mut result = current.to_vec();
            for entry in imported {
                match result.iter_mut().find(|c| c.id == entry.id) {
                    Some(existing) => *existing = entry.clone(),
                    None => result.push(entry.clone()),
                }
            }
            result
        }
    };
    let changes = changes(current, &result);
    (result, changes)
}

/// What changed from `before` to `after`.
pub fn changes(before: &[Community], after: &[Community]) -> Changes {
    let mut changes = Changes::default();
    for new in after {
        match before.iter().find(|old| old.id == new.id) {
            None => changes.added.push(new.id.clone()),
            Some(old) if old != new => changes
                .changed
                .push((new.id.clone(), fields_that_differ(old, new))),
            Some(_) => {}
        }
    }
    changes.removed = before
        .iter()
        .filter(|old| !after.iter().any(|new| new.id == old.id))
        .map(|old| old.id.clone())
        .collect();
    changes
}

/// The fields whose values differ, in the schema's order.
fn fields_that_differ(old: &Community, new: &Community) -> Vec<String> {
    let as_value = |c: &Community| serde_json::to_value(c).unwrap_or(Value::Null);
    let (old, new) = (as_value(old), as_value(new));
    crate::import::columns::FIELDS
        .iter()
        .map(|field| field.key)
        .filter(|key| old.get(key) != new.get(key))
        .map(str::to_string)
        .collect()
}
