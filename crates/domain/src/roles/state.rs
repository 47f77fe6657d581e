//! What the role explorer shows, in the URL: exactly one of
//! `?role=ID`, `?aspect=ID`, `?level=ID`, `?fit=ANSWERS`, `?view=matrix`
//! (or `?view=fit` before any answer). Other parameters are left alone.

use super::fit::FitAnswers;
use super::{IdLookup, RolesFile};
use crate::routes::Route;
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

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

/// What the explorer shows: one entry of one tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolesState {
    /// Index into the roles.
    Role(usize),
    /// Index into the aspects.
    Aspect(usize),
    Matrix,
    /// Index into the levels.
    Level(usize),
    Fit(FitAnswers),
}

/// An id parameter: its key, how to find the id, the state it opens, and
/// the name of the entry shown when the id is unknown.
type IdParam = (&'static str, IdLookup, fn(usize) -> RolesState, String);

/// The parameters this state owns.
const KEYS: [&str; 5] = ["role", "aspect", "level", "fit", "view"];

impl RolesState {
    pub fn tab(&self) -> Tab {
        match self {
            RolesState::Role(_) => Tab::Role,
            RolesState::Aspect(_) => Tab::Aspect,
            RolesState::Matrix => Tab::Matrix,
            RolesState::Level(_) => Tab::Levels,
            RolesState::Fit(_) => Tab::Fit,
        }
    }

    /// The state a tab opens with when nothing in it was chosen yet.
    pub fn opening(tab: Tab, file: &RolesFile) -> RolesState {
        match tab {
            Tab::Role => RolesState::Role(0),
            Tab::Aspect => RolesState::Aspect(0),
            Tab::Matrix => RolesState::Matrix,
            Tab::Levels => RolesState::Level(0),
            Tab::Fit => RolesState::Fit(vec![None; file.fit.questions.len()]),
        }
    }
}

impl UrlState for RolesState {
    type Content = RolesFile;
    const ROUTE: Route = Route::Roles;

    /// An unknown id falls back to the tab's first entry with a short notice
    /// saying so.
    fn read(query: &QueryString, file: &RolesFile) -> Read<RolesState> {
        // Each id parameter: its key, the state it opens and the first entry's name.
        let first = |names: Vec<&String>| names.first().map(|n| n.to_string()).unwrap_or_default();
        let lists: [IdParam; 3] = [
            (
                "role",
                RolesFile::role_index,
                RolesState::Role,
                first(file.roles.iter().map(|r| &r.name).collect()),
            ),
            (
                "aspect",
                RolesFile::aspect_index,
                RolesState::Aspect,
                first(file.aspects.iter().map(|a| &a.name).collect()),
            ),
            (
                "level",
                RolesFile::level_index,
                RolesState::Level,
                first(file.levels.iter().map(|l| &l.name).collect()),
            ),
        ];
        for (key, find, open, shown) in lists {
            if let Some(id) = query.get(key) {
                return match find(file, id) {
                    Some(index) => Read::clean(open(index)),
                    None => Read {
                        state: open(0),
                        notices: vec![format!(
                            "There is no {key} “{id}” here, so {shown} is shown."
                        )],
                    },
                };
            }
        }
        if let Some(text) = query.get("fit") {
            let (answers, ignored) = file.fit.decode(text);
            let notices = ignored.then(|| {
                "Some answers in this link no longer match the questions, so they were left out."
                    .to_string()
            });
            return Read {
                state: RolesState::Fit(answers),
                notices: notices.into_iter().collect(),
            };
        }
        match query.get("view") {
            None => Read::clean(RolesState::Role(0)),
            Some("matrix") => Read::clean(RolesState::Matrix),
            Some(tab) => match Tab::ALL.into_iter().find(|t| t.id() == tab) {
                Some(tab) => Read::clean(RolesState::opening(tab, file)),
                None => Read {
                    state: RolesState::Role(0),
                    notices: vec![format!(
                        "There is no view “{tab}” here, so the roles are shown."
                    )],
                },
            },
        }
    }

    /// Replaces whatever entry `query` showed.
    fn write(&self, file: &RolesFile, query: &mut QueryString) {
        for key in KEYS {
            query.remove(key);
        }
        let id = |list: Option<&str>| list.unwrap_or_default().to_string();
        match self {
            RolesState::Role(index) => {
                query.set("role", &id(file.roles.get(*index).map(|r| r.id.as_str())));
            }
            RolesState::Aspect(index) => {
                query.set(
                    "aspect",
                    &id(file.aspects.get(*index).map(|a| a.id.as_str())),
                );
            }
            RolesState::Level(index) => {
                query.set("level", &id(file.levels.get(*index).map(|l| l.id.as_str())));
            }
            RolesState::Matrix => {
                query.set("view", "matrix");
            }
            RolesState::Fit(answers) => match file.fit.encode(answers) {
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
