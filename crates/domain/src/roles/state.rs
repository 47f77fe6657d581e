//! What the role explorer shows, in the URL: exactly one of
//! `?role=ID`, `?aspect=ID`, `?level=ID`, `?fit=ANSWERS`, `?view=matrix`
//! (or `?view=fit` before any answer). Other parameters are left alone.

use super::fit::Answers;
use super::{IdLookup, RolesFile};
use crate::url::QueryString;

/// The explorer's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Role,
    Aspect,
    Matrix,
    Levels,
    Fit,
}

impl Tab {
    pub const ALL: [Tab; 5] = [Tab::Role, Tab::Aspect, Tab::Matrix, Tab::Levels, Tab::Fit];

    /// For element ids (`tab-role`, `panel-role`).
    pub fn id(self) -> &'static str {
        match self {
            Tab::Role => "role",
            Tab::Aspect => "aspect",
            Tab::Matrix => "matrix",
            Tab::Levels => "levels",
            Tab::Fit => "fit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// Index into the roles.
    Role(usize),
    /// Index into the aspects.
    Aspect(usize),
    Matrix,
    /// Index into the levels.
    Level(usize),
    Fit(Answers),
}

/// An id parameter: its key, how to find the id, the view it opens, and
/// the name of the entry shown when the id is unknown.
type IdParam = (&'static str, IdLookup, fn(usize) -> View, String);

/// The parameters this view owns.
const KEYS: [&str; 5] = ["role", "aspect", "level", "fit", "view"];

impl View {
    pub fn tab(&self) -> Tab {
        match self {
            View::Role(_) => Tab::Role,
            View::Aspect(_) => Tab::Aspect,
            View::Matrix => Tab::Matrix,
            View::Level(_) => Tab::Levels,
            View::Fit(_) => Tab::Fit,
        }
    }

    /// The view a tab opens with when nothing in it was chosen yet.
    pub fn opening(tab: Tab, file: &RolesFile) -> View {
        match tab {
            Tab::Role => View::Role(0),
            Tab::Aspect => View::Aspect(0),
            Tab::Matrix => View::Matrix,
            Tab::Levels => View::Level(0),
            Tab::Fit => View::Fit(vec![None; file.fit.questions.len()]),
        }
    }

    /// Reads the view from a query string. An unknown id falls back to the
    /// tab's first entry with a short notice saying so.
    pub fn from_query(file: &RolesFile, query: &QueryString) -> (View, Option<String>) {
        // Each id parameter: its key, the view it opens and the first entry's name.
        let first = |names: Vec<&String>| names.first().map(|n| n.to_string()).unwrap_or_default();
        let lists: [IdParam; 3] = [
            (
                "role",
                RolesFile::role_index,
                View::Role,
                first(file.roles.iter().map(|r| &r.name).collect()),
            ),
            (
                "aspect",
                RolesFile::aspect_index,
                View::Aspect,
                first(file.aspects.iter().map(|a| &a.name).collect()),
            ),
            (
                "level",
                RolesFile::level_index,
                View::Level,
                first(file.levels.iter().map(|l| &l.name).collect()),
            ),
        ];
        for (key, find, open, shown) in lists {
            if let Some(id) = query.get(key) {
                return match find(file, id) {
                    Some(index) => (open(index), None),
                    None => (
                        open(0),
                        Some(format!(
                            "There is no {key} “{id}” here, so {shown} is shown."
                        )),
                    ),
                };
            }
        }
        if let Some(text) = query.get("fit") {
            let (answers, ignored) = file.fit.decode(text);
            let notice = ignored.then(|| {
                "Some answers in this link no longer match the questions, so they were left out."
                    .to_string()
            });
            return (View::Fit(answers), notice);
        }
        match query.get("view") {
            None => (View::Role(0), None),
            Some("matrix") => (View::Matrix, None),
            Some(tab) => match Tab::ALL.into_iter().find(|t| t.id() == tab) {
                Some(tab) => (View::opening(tab, file), None),
                None => (
                    View::Role(0),
                    Some(format!(
                        "There is no view “{tab}” here, so the roles are shown."
                    )),
                ),
            },
        }
    }

    /// Writes the view into `query`, replacing whatever view it held.
    pub fn write(&self, file: &RolesFile, query: &mut QueryString) {
        for key in KEYS {
            query.remove(key);
        }
        let id = |list: Option<&str>| list.unwrap_or_default().to_string();
        match self {
            View::Role(index) => {
                query.set("role", &id(file.roles.get(*index).map(|r| r.id.as_str())));
            }
            View::Aspect(index) => {
                query.set(
                    "aspect",
                    &id(file.aspects.get(*index).map(|a| a.id.as_str())),
                );
            }
            View::Level(index) => {
                query.set("level", &id(file.levels.get(*index).map(|l| l.id.as_str())));
            }
            View::Matrix => {
                query.set("view", "matrix");
            }
            View::Fit(answers) => match file.fit.encode(answers) {
                encoded if encoded.is_empty() => {
                    query.set("view", "fit");
                }
                encoded => {
                    query.set("fit", &encoded);
                }
            },
        }
    }
}
