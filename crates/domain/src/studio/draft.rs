//! One community as the studio's form holds it: a text for every field, in
//! the schema's order (`import::columns::FIELDS`); a list field holds one
//! value a line. Reading drafts goes through `import::rows::import_rows`,
//! so the form, an import and `make validate` can never disagree.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::Date;
use crate::directory::Community;
use crate::import::columns::{FIELDS, Separator};
use crate::import::ids::unique_id;
use crate::import::rows::{Mapping, import_rows};
use crate::import::table::{Row, Table};

/// A community's fields as text, one per `FIELDS` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Draft {
    cells: Vec<String>,
}

/// A field's problem: its key and what to do.
pub type Problem = (String, String);

impl Default for Draft {
    fn default() -> Self {
        Draft {
            cells: vec![String::new(); FIELDS.len()],
        }
    }
}

impl Draft {
    /// A new entry's draft: active, reviewed today, every other field empty.
    pub fn new(today: Date) -> Draft {
        let mut draft = Draft::default();
        draft.set("status", "active");
        draft.set("last_reviewed", &today.to_string());
        draft
    }

    pub fn from_community(community: &Community) -> Draft {
        Draft::from_entry(&serde_json::to_value(community).unwrap_or_default())
    }

    /// A draft of an entry as JSON (a row set aside by an import, a
    /// suggestion), whatever it holds: values of the wrong type become
    /// their text, so the editor sees them and the rules say what is wrong.
    pub fn from_entry(entry: &Value) -> Draft {
        let cells = FIELDS
            .iter()
            .map(|field| match entry.get(field.key) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(text)) => text.clone(),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|item| match item {
                        Value::String(text) => text.clone(),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                Some(other) => other.to_string(),
            })
            .collect();
        Draft { cells }
    }

    /// The text of field `key` (empty for an unknown key).
    pub fn get(&self, key: &str) -> &str {
        FIELDS
            .iter()
            .position(|field| field.key == key)
            .and_then(|index| self.cells.get(index))
            .map_or("", String::as_str)
    }

    pub fn set(&mut self, key: &str, text: &str) {
        if let Some(index) = FIELDS.iter().position(|field| field.key == key) {
            self.cells.resize(FIELDS.len(), String::new());
            self.cells[index] = text.to_string();
        }
    }

    /// Its name, or its id, or "A new community".
    pub fn label(&self) -> String {
        [self.get("name"), self.get("id")]
            .into_iter()
            .map(str::trim)
            .find(|text| !text.is_empty())
            .unwrap_or("A new community")
            .to_string()
    }

    /// Gives the draft an id made from its name when it has none, unique
    /// among `taken`.
    pub fn fill_id(&mut self, taken: &HashSet<String>) {
        if self.get("id").trim().is_empty() && !self.get("name").trim().is_empty() {
            let mut taken = taken.clone();
            let id = unique_id(self.get("name"), &mut taken);
            self.set("id", &id);
        }
    }

    fn row(&self, number: usize) -> Row {
        let mut cells = self.cells.clone();
        cells.resize(FIELDS.len(), String::new());
        Row { number, cells }
    }
}

fn mapping() -> Mapping {
    Mapping {
        columns: (0..FIELDS.len()).map(Some).collect(),
        separator: Separator::Line,
    }
}

fn table(drafts: &[&Draft]) -> Table {
    Table {
        headers: FIELDS.iter().map(|field| field.key.to_string()).collect(),
        rows: drafts
            .iter()
            .enumerate()
            .map(|(index, draft)| draft.row(index + 1))
            .collect(),
        delimiter: ',',
        notices: Vec::new(),
    }
}

/// What is wrong with one draft, field by field, beside the others' ids
/// (`others`): empty when it passes every rule.
pub fn check_draft(draft: &Draft, others: &HashSet<String>, today: Date) -> Vec<Problem> {
    let mut problems = Vec::new();
    let id = draft.get("id").trim();
    if id.is_empty() {
        problems.push((
            "id".to_string(),
            "empty: give a short id of lower-case letters, digits and hyphens, e.g. finance-network (it is made from the name when you leave this box)".to_string(),
        ));
    } else if others.contains(id) {
        problems.push((
            "id".to_string(),
            format!("another community already has the id “{id}”: give this one a different id"),
        ));
    }
    let imported = import_rows(&table(&[draft]), &mapping(), others, today);
    for aside in imported.set_aside {
        for (field, message) in aside.problems {
            if !problems.iter().any(|(f, _)| *f == field) {
                problems.push((field, message));
            }
        }
    }
    problems
}

/// Every draft read as a community, in order; or the problems of each
/// draft that has any, by position.
pub fn read_drafts(
    drafts: &[Draft],
    today: Date,
) -> Result<Vec<Community>, Vec<(usize, Vec<Problem>)>> {
    let mut problems: Vec<(usize, Vec<Problem>)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (index, draft) in drafts.iter().enumerate() {
        let id = draft.get("id").trim().to_string();
        if !id.is_empty() && !seen.insert(id.clone()) {
            problems.push((
                index,
                vec![(
                    "id".to_string(),
                    format!(
                        "another community already has the id “{id}”: give this one a different id"
                    ),
                )],
            ));
        } else if id.is_empty() {
            problems.push((
                index,
                vec![("id".to_string(), "empty: give a short id of lower-case letters, digits and hyphens, e.g. finance-network".to_string())],
            ));
        }
    }
    let rows: Vec<&Draft> = drafts.iter().collect();
    let imported = import_rows(&table(&rows), &mapping(), &HashSet::new(), today);
    for aside in imported.set_aside {
        let index = aside.row - 1;
        match problems.iter_mut().find(|(i, _)| *i == index) {
            Some((_, found)) => {
                for problem in aside.problems {
                    if !found.iter().any(|(f, _)| *f == problem.0) {
                        found.push(problem);
                    }
                }
            }
            None => problems.push((index, aside.problems)),
        }
    }
    if problems.is_empty() {
        Ok(imported.communities)
    } else {
        problems.sort_by_key(|(index, _)| *index);
        Err(problems)
    }
}

/// The drafts that pass every rule, read as communities (the others are
/// skipped): what an opened file already held, to compare a save with.
pub fn read_valid(drafts: &[Draft], today: Date) -> Vec<Community> {
    let rows: Vec<&Draft> = drafts.iter().collect();
    import_rows(&table(&rows), &mapping(), &HashSet::new(), today).communities
}
