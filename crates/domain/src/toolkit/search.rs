//! "Find in the toolkit": narrows the sections to those containing the words
//! typed, using the app's one search engine (`domain::search`) over section
//! titles, summaries and the plain text of their bodies.

use super::ToolkitFile;
use crate::richtext::plain_text;
use crate::search::{Query, SearchIndex};

/// A title match says more than a summary match, which says more than one in the body.
const WEIGHTS: [u32; 3] = [8, 3, 1];

pub struct ToolkitSearch {
    index: SearchIndex,
}

/// What the filter shows for a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filtered {
    /// Section indexes to show, in reading order.
    pub sections: Vec<usize>,
    /// True when no section has every word, so `sections` holds those with some.
    pub partial: bool,
    /// A respelling of the query when some word matches nothing.
    pub suggestion: Option<String>,
}

impl ToolkitSearch {
    pub fn new(toolkit: &ToolkitFile) -> ToolkitSearch {
        let bodies: Vec<String> = toolkit
            .sections
            .iter()
            .map(|section| plain_text(&section.body.blocks))
            .collect();
        let docs = toolkit.sections.iter().zip(&bodies).map(|(section, body)| {
            vec![
                (0, section.title.as_str()),
                (1, section.summary.as_str()),
                (2, body.as_str()),
            ]
        });
        ToolkitSearch {
            index: SearchIndex::build(&WEIGHTS, docs),
        }
    }

    /// Every section for an empty query; otherwise the sections containing
    /// every word (or, failing that, some of them), in reading order.
    pub fn filter(&self, query: &Query) -> Filtered {
        if query.is_empty() {
            return Filtered {
                sections: (0..self.index.len()).collect(),
                partial: false,
                suggestion: None,
            };
        }
        let hits = self.index.search(query);
        let all_words = hits.iter().any(|hit| hit.matched == query.len());
        // Reading order, not rank: mark the sections shown, then list them.
        let mut shown = vec![false; self.index.len()];
        for hit in &hits {
            shown[hit.doc] |= !all_words || hit.matched == query.len();
        }
        let sections = (0..shown.len()).filter(|&doc| shown[doc]).collect();
        let partial = !all_words && !hits.is_empty();
        Filtered {
            sections,
            partial,
            suggestion: self.index.suggest(query),
        }
    }
}
