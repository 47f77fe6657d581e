//! The directory's state in the URL, so any view of it can be bookmarked,
//! shared or linked from elsewhere (`/directory?q=finance&org=UCL&c=ucl-hr`).
//!
//! Parameters (README, "Linking to the directory"): `q` the search words;
//! `org`, `area`, `kind`, `format`, `status` facet values, repeatable; `sort`;
//! `c` a community to show in detail. Other parameters are left untouched.
//! A link never fails to open: values the directory does not know are
//! dropped, each with a short notice saying so.

use super::{Choice, DirectoryFile, Format, Kind, Status};
use crate::routes::Route;
use crate::search::{capped_search, fold};
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

/// What the directory can be filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Organisation,
    ServiceArea,
    Kind,
    Format,
    Status,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Organisation,
        Facet::ServiceArea,
        Facet::Kind,
        Facet::Format,
        Facet::Status,
    ];

    /// The URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Organisation => "org",
            Facet::ServiceArea => "area",
            Facet::Kind => "kind",
            Facet::Format => "format",
            Facet::Status => "status",
        }
    }

    /// The heading of its group of checkboxes.
    pub fn legend(self) -> &'static str {
        match self {
            Facet::Organisation => "Organisation",
            Facet::ServiceArea => "Service area",
            Facet::Kind => "Kind",
            Facet::Format => "Format",
            Facet::Status => "Status",
        }
    }

    /// For the enumerated facets, every allowed value; None for names
    /// (organisations, service areas) that come from the data.
    fn choices(self) -> Option<Vec<&'static str>> {
        fn slugs<T: Choice>() -> Vec<&'static str> {
            T::ALL.iter().map(|value| value.slug()).collect()
        }
        match self {
            Facet::Organisation | Facet::ServiceArea => None,
            Facet::Kind => Some(slugs::<Kind>()),
            Facet::Format => Some(slugs::<Format>()),
            Facet::Status => Some(slugs::<Status>()),
        }
    }

    /// The label people see for a value (`in-person` → "In person").
    pub fn label(self, value: &str) -> &str {
        fn label<T: Choice>(slug: &str) -> Option<&'static str> {
            T::from_slug(slug).map(Choice::label)
        }
        match self {
            Facet::Organisation | Facet::ServiceArea => None,
            Facet::Kind => label::<Kind>(value),
            Facet::Format => label::<Format>(value),
            Facet::Status => label::<Status>(value),
        }
        .unwrap_or(value)
    }
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first; with no search words, the directory's own order.
    #[default]
    Relevance,
    Name,
    /// Most recently reviewed first.
    Reviewed,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Name, Sort::Reviewed];

    pub fn slug(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Reviewed => "reviewed",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Best match",
            Sort::Name => "Name (A–Z)",
            Sort::Reviewed => "Most recently reviewed",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|sort| sort.slug() == slug)
    }
}

/// Everything about the directory view that lives in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryState {
    /// The search words as typed.
    pub query: String,
    /// Selected values per facet (indexed by `Facet as usize`), in the order
    /// chosen, without repeats. Enumerated facets hold slugs.
    selected: [Vec<String>; 5],
    pub sort: Sort,
    /// A community to show in detail.
    pub community: Option<String>,
}

impl UrlState for DirectoryState {
    type Content = DirectoryFile;
    const ROUTE: Route = Route::Directory;

    /// Values that are not allowed (an unknown `kind`, say) and names of
    /// organisations or service areas the directory does not have are
    /// dropped, each with a notice; names take the directory's spelling.
    fn read(query: &QueryString, directory: &DirectoryFile) -> Read<DirectoryState> {
        let (words, cut) = capped_search(query.get("q").unwrap_or_default());
        let mut notices: Vec<String> = cut.into_iter().collect();
        let mut state = DirectoryState {
            query: words,
            community: query
                .get("c")
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_string),
            ..DirectoryState::default()
        };
        for facet in Facet::ALL {
            let choices = facet.choices();
            for value in query.get_all(facet.key()) {
                let value = value.trim();
                if value.is_empty() {
                    continue;
                }
                match &choices {
                    Some(allowed) if !allowed.contains(&value) => notices.push(format!(
                        "Ignored {}={}: it can be {}.",
                        facet.key(),
                        short(value),
                        allowed.join(", ")
                    )),
                    _ => state.select(facet, value),
                }
            }
        }
        if let Some(sort) = query.get("sort").filter(|sort| !sort.is_empty()) {
            match Sort::from_slug(sort) {
                Some(sort) => state.sort = sort,
                None => notices.push(format!(
                    "Ignored sort={}: it can be relevance, name, reviewed.",
                    short(sort)
                )),
            }
        }
        notices.extend(state.resolve(directory));
        Read { state, notices }
    }

    /// Needs no content: see [`DirectoryState::link`].
    fn write(&self, _directory: &DirectoryFile, query: &mut QueryString) {
        self.write_params(query);
    }
}

impl DirectoryState {
    /// The directory searched for `words` (as typed; an empty search is none).
    pub fn searching(words: &str) -> DirectoryState {
        DirectoryState {
            query: words.to_string(),
            ..DirectoryState::default()
        }
    }

    /// One community in detail.
    pub fn showing(community_id: &str) -> DirectoryState {
        DirectoryState {
            community: Some(community_id.to_string()),
            ..DirectoryState::default()
        }
    }

    /// Every community of one kind.
    pub fn of_kind(kind: Kind) -> DirectoryState {
        let mut state = DirectoryState::default();
        state.select(Facet::Kind, kind.slug());
        state
    }

    /// The app-relative link to this state alone (`/directory?q=finance`),
    /// for views that link into the directory without having loaded it:
    /// writing the state needs no content, so this is `path` without it.
    pub fn link(&self) -> String {
        let mut query = QueryString::default();
        self.write_params(&mut query);
        Self::ROUTE.path_with(&query)
    }

    /// Sets this view's parameters in `query`, keeping any others (so
    /// app-wide ones survive).
    fn write_params(&self, query: &mut QueryString) {
        query.set("q", &self.query);
        for facet in Facet::ALL {
            query.set_all(facet.key(), self.selected(facet).iter().map(String::as_str));
        }
        match self.sort {
            Sort::Relevance => query.remove("sort"),
            sort => query.set("sort", sort.slug()),
        };
        query.set("c", self.community.as_deref().unwrap_or_default());
    }

    /// Keeps only organisations and service areas the directory has,
    /// matching them without regard to case or accents and using the
    /// directory's spelling; returns a notice for each one dropped.
    fn resolve(&mut self, directory: &DirectoryFile) -> Vec<String> {
        let mut notices = Vec::new();
        for (facet, what) in [
            (Facet::Organisation, "organisation"),
            (Facet::ServiceArea, "service area"),
        ] {
            let known: Vec<&str> = directory
                .communities
                .iter()
                .map(|community| facet_name(facet, community))
                .collect();
            let asked = std::mem::take(&mut self.selected[facet as usize]);
            for value in asked {
                let found = known
                    .iter()
                    .find(|name| **name == value)
                    .or_else(|| known.iter().find(|name| fold(name) == fold(&value)));
                match found {
                    Some(name) => self.select(facet, name),
                    None => notices.push(format!(
                        "Ignored {}={}: the directory has no such {}.",
                        facet.key(),
                        short(&value),
                        what
                    )),
                }
            }
        }
        notices
    }

    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.selected[facet as usize]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected(facet).iter().any(|v| v == value)
    }

    /// Adds `value` to the facet's selection (once).
    pub fn select(&mut self, facet: Facet, value: &str) {
        if !self.is_selected(facet, value) {
            self.selected[facet as usize].push(value.to_string());
        }
    }

    /// Ticks or unticks one value.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        if self.is_selected(facet, value) {
            self.selected[facet as usize].retain(|v| v != value);
        } else {
            self.select(facet, value);
        }
    }

    /// Whether any facet has a selection.
    pub fn has_filters(&self) -> bool {
        self.selected.iter().any(|values| !values.is_empty())
    }

    pub fn clear_filters(&mut self) {
        self.selected = Default::default();
    }

    /// Shows archived communities alongside the others (one click from the
    /// default, which hides them).
    pub fn show_archived(&mut self) {
        if self.selected(Facet::Status).is_empty() {
            for status in [Status::Active, Status::Dormant] {
                self.select(Facet::Status, status.slug());
            }
        }
        self.select(Facet::Status, Status::Archived.slug());
    }
}

/// The name a community has for a name facet (organisation, service area).
pub(super) fn facet_name(facet: Facet, community: &super::Community) -> &str {
    match facet {
        Facet::ServiceArea => &community.service_area,
        _ => &community.organisation,
    }
}

/// A value as quoted in a notice: at most 40 characters, so a hostile link
/// cannot fill the page.
fn short(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("\"{head}…\"")
    } else {
        format!("\"{head}\"")
    }
}

#[cfg(test)]
mod tests;
