//! The studio's state, shared by its sections: the work (the drafts being
//! edited), which draft the form shows, a table waiting for its columns to
//! be matched, the last deletion (to undo) and what this browser keeps
//! between visits. What each action does to the work is the domain's
//! (`domain::studio`); this only holds the signals and says what happened.

use std::sync::Arc;

use leptos::prelude::*;

use cop_navigator::web::{clock, storage};
use domain::date::Date;
use domain::directory::changes::Bring;
use domain::import::columns::{FIELDS, Separator, guess_columns, guess_separator};
use domain::import::rows::{Imported, Mapping, import_rows};
use domain::import::table::{Table, read_table};
use domain::studio::draft::Problem;
use domain::studio::work::Deleted;
use domain::studio::{Checked, Draft, FieldInfo, Work, field_info, meeting_parts};

/// Where this browser keeps unsaved work.
pub const KEPT_KEY: &str = "cop-navigator.studio.work";

/// The directory's JSON Schema: the form's labels and help text.
const SCHEMA: &str = include_str!("../../../public/schema/directory.schema.json");

/// A spreadsheet read and waiting for its columns to be matched.
#[derive(Clone)]
pub struct Pending {
    pub name: String,
    pub table: Arc<Table>,
    /// The column each of `FIELDS` comes from.
    pub columns: Vec<Option<usize>>,
    pub separator: Separator,
    pub how: Bring,
}

impl Pending {
    pub fn mapping(&self) -> Mapping {
        Mapping {
            columns: self.columns.clone(),
            separator: self.separator,
        }
    }
}

/// Whether work is kept in this browser as it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    /// Not yet: earlier unsaved work was found, and the editor has not said
    /// whether to restore it (keeping now would overwrite it).
    Asking,
    On,
    /// The browser keeps nothing (blocked storage, private mode).
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct Studio {
    pub work: RwSignal<Option<Work>>,
    pub selected: RwSignal<Option<usize>>,
    pub deleted: RwSignal<Option<Deleted>>,
    pub pending: RwSignal<Option<Pending>>,
    /// Why the last file could not be opened (shown as an error summary).
    pub problems: RwSignal<Vec<String>>,
    /// What the last action did, for the status line.
    pub status: RwSignal<Option<String>>,
    /// The drafts as last opened or saved: the work is unsaved when it differs.
    pub clean: RwSignal<Vec<Draft>>,
    /// Unsaved work found in this browser at the start, to restore.
    pub kept: RwSignal<Option<Work>>,
    pub keeping: RwSignal<Keeping>,
    /// Unsaved work that something opened later replaced (work and its
    /// clean drafts), to go back to: nothing typed is lost.
    pub replaced: RwSignal<Option<(Work, Vec<Draft>)>>,
    /// Every draft's problems, in order.
    pub checks: Memo<Vec<Vec<Problem>>>,
    /// Set by the save section when a save was refused, so the form shows
    /// every problem, not only those of fields touched.
    pub show_all: RwSignal<bool>,
    /// A draft just added: its fields show problems only once left.
    pub new_draft: RwSignal<Option<usize>>,
    pub today: Date,
    fields: StoredValue<Arc<Vec<FieldInfo>>>,
}

impl Studio {
    pub fn new() -> Studio {
        let today = clock::today().unwrap_or(Date {
            year: 2026,
            month: 1,
            day: 1,
        });
        let work: RwSignal<Option<Work>> = RwSignal::new(None);
        let cache = StoredValue::new(Checked::default());
        let checks = Memo::new(move |_| {
            work.with(|work| match work {
                Some(work) => cache.try_update_value(|cache| cache.update(&work.drafts, today)),
                None => None,
            })
            .unwrap_or_default()
        });
        let (kept, keeping) = match storage::get(KEPT_KEY) {
            Ok(Some(text)) => match Work::from_kept(&text) {
                Ok(found) => (Some(found), Keeping::Asking),
                Err(_) => (None, Keeping::On),
            },
            Ok(None) => (None, Keeping::On),
            Err(_) => (None, Keeping::Unavailable),
        };
        Studio {
            work,
            selected: RwSignal::new(None),
            deleted: RwSignal::new(None),
            pending: RwSignal::new(None),
            problems: RwSignal::new(Vec::new()),
            status: RwSignal::new(None),
            clean: RwSignal::new(Vec::new()),
            kept: RwSignal::new(kept),
            keeping: RwSignal::new(keeping),
            replaced: RwSignal::new(None),
            checks,
            show_all: RwSignal::new(false),
            new_draft: RwSignal::new(None),
            today,
            fields: StoredValue::new(Arc::new(field_info(SCHEMA))),
        }
    }

    pub fn fields(&self) -> Arc<Vec<FieldInfo>> {
        self.fields.get_value()
    }

    /// The parts of the meeting times, as the schema describes them.
    pub fn meeting_parts(&self) -> Vec<FieldInfo> {
        meeting_parts(SCHEMA)
    }

    /// How a problem's field is named for people: its label, "Meeting
    /// times, Day" for a part of the schedule, "The file" for none.
    pub fn label_of(&self, key: &str) -> String {
        if let Some(part) = key.strip_prefix("meetings.") {
            let part = self
                .meeting_parts()
                .into_iter()
                .find(|p| p.key == part)
                .map_or_else(|| part.to_string(), |p| p.label);
            return format!("Meeting times, {part}");
        }
        self.fields()
            .iter()
            .find(|f| f.key == key)
            .map_or_else(|| "The file".to_string(), |f| f.label.clone())
    }

    /// Whether the work differs from what was last opened or saved.
    pub fn unsaved(&self) -> bool {
        self.work
            .with(|work| work.as_ref().map(|w| w.drafts.clone()))
            .is_some_and(|drafts| self.clean.with(|clean| *clean != drafts))
    }

    fn unsaved_untracked(&self) -> bool {
        untrack(|| self.unsaved())
    }

    /// Back to the unsaved work something else replaced.
    pub fn go_back(&self) {
        if let Some((work, clean)) = self.replaced.get_untracked() {
            let status = format!("Back to your unsaved work on {}.", work.source);
            self.replace(work, status);
            self.clean.set(clean);
        }
    }

    pub fn count(&self) -> usize {
        self.work
            .with(|work| work.as_ref().map_or(0, |w| w.drafts.len()))
    }

    /// Puts `work` in place of the open work, as clean.
    pub fn replace(&self, work: Work, status: String) {
        let before = self.work.get_untracked();
        self.replaced.set(match before {
            Some(before) if self.unsaved_untracked() => Some((before, self.clean.get_untracked())),
            _ => None,
        });
        self.clean.set(work.drafts.clone());
        self.work.set(Some(work));
        self.selected.set(None);
        self.deleted.set(None);
        self.pending.set(None);
        self.problems.set(Vec::new());
        self.show_all.set(false);
        self.status.set(Some(status));
    }

    /// Puts an opened directory in place and says what it holds, with how
    /// many communities need fixing (from the checks the list shows, so the
    /// drafts are checked once).
    pub fn open(&self, source: &str, work: Work) {
        let count = work.drafts.len();
        self.replace(work, String::new());
        let problems = self
            .checks
            .with_untracked(|checks| checks.iter().filter(|p| !p.is_empty()).count());
        let fix = match problems {
            0 => String::new(),
            1 => " 1 has problems to fix: it is in the list under “Has problems”.".to_string(),
            n => format!(" {n} have problems to fix: they are in the list under “Has problems”."),
        };
        self.status.set(Some(format!(
            "Opened {source}: {}.{fix}",
            communities(count)
        )));
    }

    /// Opens a file: a directory (.json) as work, a table (.csv, .tsv or
    /// .txt) into the column-matching step; or says why it cannot.
    pub fn open_file(&self, name: &str, bytes: &[u8]) {
        let lower = name.to_lowercase();
        let json = lower.ends_with(".json")
            || (!lower.ends_with(".csv")
                && !lower.ends_with(".tsv")
                && !lower.ends_with(".txt")
                && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'));
        if json {
            match Work::open(name, bytes, self.today) {
                Ok(work) => self.open(name, work),
                Err(message) => self.problems.set(vec![message]),
            }
            return;
        }
        match read_table(name, bytes) {
            Ok(table) => {
                let columns = guess_columns(&table);
                let separator = guess_separator(
                    table
                        .rows
                        .iter()
                        .flat_map(|row| {
                            FIELDS
                                .iter()
                                .zip(&columns)
                                .filter(|(field, _)| field.many)
                                .filter_map(|(_, column)| column.and_then(|c| row.cells.get(c)))
                        })
                        .map(String::as_str),
                );
                let how = if self.count() > 0 {
                    Bring::Merge
                } else {
                    Bring::Replace
                };
                self.problems.set(Vec::new());
                self.pending.set(Some(Pending {
                    name: name.to_string(),
                    table: Arc::new(table),
                    columns,
                    separator,
                    how,
                }));
            }
            Err(message) => self.problems.set(vec![message]),
        }
    }

    /// The pending table's rows as the mapping reads them.
    pub fn import_preview(&self, pending: &Pending) -> Imported {
        let taken = match pending.how {
            Bring::Merge => self
                .work
                .with_untracked(|work| work.as_ref().map(|w| w.ids_except(None)))
                .unwrap_or_default(),
            Bring::Replace => Default::default(),
        };
        import_rows(&pending.table, &pending.mapping(), &taken, self.today)
    }

    /// Brings the pending table in and says what it did.
    pub fn import(&self) {
        let Some(pending) = self.pending.get_untracked() else {
            return;
        };
        let imported = self.import_preview(&pending);
        let mut work = self
            .work
            .get_untracked()
            .unwrap_or_else(|| Work::empty(&pending.name));
        let (changes, to_fix) = work.import_changes(&imported, pending.how, self.today);
        work.bring_in(&imported, pending.how);
        let fix = match to_fix {
            0 => String::new(),
            1 => "; 1 row has problems to fix: it is in the list under “Has problems”".to_string(),
            n => format!(
                "; {n} rows have problems to fix: they are in the list under “Has problems”"
            ),
        };
        self.work.set(Some(work));
        self.pending.set(None);
        self.selected.set(None);
        self.status.set(Some(format!(
            "Imported {} from {}: {}{fix}.",
            rows(pending.table.rows.len()),
            pending.name,
            changes.summary().to_lowercase()
        )));
    }

    /// Changes one field of the draft at `index`.
    pub fn edit(&self, index: usize, key: &str, text: String) {
        self.work.update(|work| {
            if let Some(draft) = work.as_mut().and_then(|w| w.drafts.get_mut(index)) {
                draft.set(key, &text);
            }
        });
    }

    /// How the draft at `index` is named (reactively).
    pub fn label(&self, index: usize) -> String {
        self.work
            .with(|work| {
                work.as_ref()
                    .and_then(|w| w.drafts.get(index))
                    .map(Draft::label)
            })
            .unwrap_or_default()
    }

    pub fn draft(&self, index: usize) -> Option<Draft> {
        self.work
            .with(|work| work.as_ref().and_then(|w| w.drafts.get(index).cloned()))
    }

    /// Runs `change` on the work (if any) and returns what it gives.
    pub fn change<R>(&self, change: impl FnOnce(&mut Work) -> R) -> Option<R> {
        let mut result = None;
        self.work.update(|work| {
            if let Some(work) = work.as_mut() {
                result = Some(change(work));
            }
        });
        result
    }

    /// Keeps the work in this browser while it has unsaved changes, and
    /// forgets it once it is saved (or matches what was opened).
    pub fn keep(&self) {
        if self.keeping.get_untracked() != Keeping::On {
            return;
        }
        let result = if self.unsaved() {
            let text = self
                .work
                .with_untracked(|work| work.as_ref().map(Work::to_kept))
                .unwrap_or_default();
            storage::set(KEPT_KEY, &text)
        } else {
            storage::remove(KEPT_KEY)
        };
        if result.is_err() {
            self.keeping.set(Keeping::Unavailable);
        }
    }
}

impl Default for Studio {
    fn default() -> Self {
        Studio::new()
    }
}

pub fn communities(count: usize) -> String {
    match count {
        1 => "1 community".to_string(),
        n => format!("{n} communities"),
    }
}

pub fn rows(count: usize) -> String {
    match count {
        1 => "1 row".to_string(),
        n => format!("{n} rows"),
    }
}
