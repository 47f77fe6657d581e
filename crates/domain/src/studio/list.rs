//! The studio's list of communities: each draft's problems, re-checked only
//! where a draft changed (a list of 5,000 stays quick to type in), and the
//! list searched with the directory's own search and filtered to those that
//! need review or have problems.

use std::collections::{HashMap, HashSet};

use super::draft::{Draft, Problem, check_draft};
use crate::date::Date;
use crate::directory::search::{Field, build_index, worth_listing};
use crate::import::dates::read_date;
use crate::search::Query;

/// Each draft's problems as of the last [`Checked::update`].
#[derive(Debug, Clone, Default)]
pub struct Checked {
    cache: Vec<(Draft, Vec<Problem>)>,
}

impl Checked {
    /// Every draft's problems, in order: a draft that is unchanged since
    /// the last call keeps its result. Drafts sharing an id all say so.
    pub fn update(&mut self, drafts: &[Draft], today: Date) -> Vec<Vec<Problem>> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for draft in drafts {
            *counts.entry(draft.get("id").trim()).or_default() += 1;
        }
        let none = HashSet::new();
        let mut cache = Vec::with_capacity(drafts.len());
        let mut all = Vec::with_capacity(drafts.len());
        for (index, draft) in drafts.iter().enumerate() {
            let own = match self.cache.get(index) {
                Some((before, problems)) if before == draft => problems.clone(),
                _ => check_draft(draft, &none, today),
            };
            let mut problems = own.clone();
            let id = draft.get("id").trim();
            if !id.is_empty() && counts.get(id).copied().unwrap_or(0) > 1 {
                problems.insert(
                    0,
                    (
                        "id".to_string(),
                        format!("another community already has the id “{id}”: give this one a different id"),
                    ),
                );
            }
            cache.push((draft.clone(), own));
            all.push(problems);
        }
        self.cache = cache;
        all
    }
}

/// Which drafts the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilter {
    pub words: String,
    pub needs_review: bool,
    pub has_problems: bool,
}

/// Whether a draft is due for review: its `last_reviewed` date (read as
/// leniently as the form reads it) is `months` or more months ago, or
/// cannot be read at all.
pub fn due_for_review(draft: &Draft, today: Date, months: u32) -> bool {
    read_date(draft.get("last_reviewed")).map_or(true, |reading| {
        reading.date.months_until(today) >= months as i32
    })
}

/// The positions of the drafts the filter lets through: best matches first
/// when there are words, else in the file's order.
pub fn filtered(
    drafts: &[Draft],
    problems: &[Vec<Problem>],
    filter: &ListFilter,
    today: Date,
    months: u32,
) -> Vec<usize> {
    let passes = |index: &usize| {
        (!filter.needs_review || due_for_review(&drafts[*index], today, months))
            && (!filter.has_problems || problems.get(*index).is_some_and(|p| !p.is_empty()))
    };
    let query = Query::parse(&filter.words);
    if query.is_empty() {
        return (0..drafts.len()).filter(passes).collect();
    }
    let docs = drafts.iter().map(|draft| {
        let mut fields = vec![
            (Field::Name, draft.get("name")),
            (Field::Name, draft.get("id")),
            (Field::ServiceArea, draft.get("service_area")),
            (Field::Organisation, draft.get("organisation")),
            (Field::Summary, draft.get("summary")),
        ];
        fields.extend(
            draft
                .get("aliases")
                .lines()
                .map(|alias| (Field::Alias, alias)),
        );
        fields.extend(
            draft
                .get("topics")
                .lines()
                .map(|topic| (Field::Topic, topic)),
        );
        fields
    });
    build_index(docs)
        .search(&query)
        .into_iter()
        .filter(|hit| worth_listing(hit, &query))
        .map(|hit| hit.doc)
        .filter(passes)
        .collect()
}
