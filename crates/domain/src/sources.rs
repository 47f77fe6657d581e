//! Sources that content cites with `[^source-id]`, shared by every content
//! file that carries prose (the toolkit, the roles): the model, the rules
//! (every citation resolves, every source is cited) and the numbering readers see.

use std::collections::HashSet;

use serde::Deserialize;

use super::content::{Checker, Entry};
use super::richtext::{Inline, Link, RichText, walk};
use super::routes::Route;
use super::url::QueryString;

/// A document the content cites. `url` only where the source publishes one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub year: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Source {
    /// The rules for a source's own fields, the same in every file that
    /// lists sources (the self-assessment's too).
    pub fn check_fields(&self, entry: &mut Entry<'_>) {
        entry.id("id", &self.id);
        entry.text("title", &self.title, 200);
        entry.text("publisher", &self.publisher, 200);
        entry.optional_text("year", self.year.as_deref(), 20);
        if let Some(url) = &self.url {
            entry.link("url", url);
        }
    }
}

/// Checks the citations and internal links of rich-text fields against the
/// file's sources (and, when the file has them, its toolkit sections), and
/// then that every source is cited. Call `text` for each field, then `finish`.
pub struct References<'a> {
    sources: HashSet<&'a str>,
    sections: Option<HashSet<&'a str>>,
    cited: HashSet<&'a str>,
    any_unparsed: bool,
}

impl<'a> References<'a> {
    /// `sections`: the toolkit's section ids when checking the toolkit itself;
    /// None for other files (their links to the toolkit are checked across files).
    pub fn new(sources: &'a [Source], sections: Option<HashSet<&'a str>>) -> References<'a> {
        References {
            sources: sources.iter().map(|s| s.id.as_str()).collect(),
            sections,
            cited: HashSet::new(),
            any_unparsed: false,
        }
    }

    pub fn text(&mut self, entry: &mut Entry<'_>, field: &str, text: &'a RichText) {
        entry.rich_text(field, text);
        self.any_unparsed |= text.problem().is_some();
        walk(&text.blocks, &mut |inline| match inline {
            Inline::Cite(id) if self.sources.contains(id.as_str()) => {
                self.cited.insert(id.as_str());
            }
            Inline::Cite(id) => entry.problem(
                field,
                format!("cites \"[^{id}]\", which is not in `sources`"),
            ),
            Inline::Link { target, .. } => {
                if let (Some(id), Some(sections)) = (toolkit_section(target), &self.sections)
                    && !sections.contains(id.as_str())
                {
                    let message = match target {
                        Link::Section(_) => {
                            format!("links to section \"#{id}\", which does not exist")
                        }
                        _ => format!("links to toolkit section \"{id}\", which does not exist"),
                    };
                    entry.problem(field, message);
                }
            }
            _ => {}
        });
    }

    /// Records a citation made outside rich text (a field naming a source id),
    /// reporting it if the source is not listed.
    pub fn cite(&mut self, entry: &mut Entry<'_>, field: &str, id: &'a str) {
        if self.sources.contains(id) {
            self.cited.insert(id);
        } else {
            entry.problem(field, format!("\"{id}\" is not in `sources`"));
        }
    }

    /// Checks the sources themselves, and that each is cited somewhere.
    pub fn finish(self, checker: &mut Checker, sources: &[Source]) {
        for (index, source) in sources.iter().enumerate() {
            let mut entry = checker.entry("sources", index, &source.id);
            source.check_fields(&mut entry);
            // Unparsed text hides its citations: say nothing rather than cascade.
            if !self.cited.contains(source.id.as_str()) && !self.any_unparsed {
                entry.problem(
                    "id",
                    "this source is never cited; cite it with [^id] or remove it",
                );
            }
        }
        checker.unique_ids("sources", sources.iter().map(|s| s.id.as_str()));
    }
}

/// The toolkit section a link points at: `#id` or `/toolkit?s=id`.
pub fn toolkit_section(target: &Link) -> Option<String> {
    match target {
        Link::Section(id) => Some(id.clone()),
        Link::App {
            route: Route::Toolkit,
            query,
            fragment,
        } => QueryString::parse(query)
            .get("s")
            .map(str::to_string)
            .or_else(|| (!fragment.is_empty()).then(|| fragment.clone())),
        _ => None,
    }
}

/// The sources in the order readers meet them: by first citation in `texts`
/// (in reading order), so citation numbers rise through the text; any
/// uncited source follows in file order. Number n is at index n − 1.
pub fn in_citation_order<'a>(
    sources: &'a [Source],
    texts: impl IntoIterator<Item = &'a RichText>,
) -> Vec<&'a Source> {
    let mut order: Vec<&Source> = Vec::with_capacity(sources.len());
    for text in texts {
        walk(&text.blocks, &mut |inline| {
            if let Inline::Cite(id) = inline
                && !order.iter().any(|s| &s.id == id)
                && let Some(source) = sources.iter().find(|s| &s.id == id)
            {
                order.push(source);
            }
        });
    }
    for source in sources {
        if !order.iter().any(|s| s.id == source.id) {
            order.push(source);
        }
    }
    order
}

/// Whether `text` cites the source `id`.
pub fn cites(text: &RichText, id: &str) -> bool {
    let mut found = false;
    walk(&text.blocks, &mut |inline| {
        found |= matches!(inline, Inline::Cite(cited) if cited == id);
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::richtext::parse;

    fn source(id: &str) -> Source {
        Source {
            id: id.into(),
            title: "T".into(),
            publisher: "P".into(),
            year: None,
            url: None,
        }
    }

    fn rich(text: &str) -> RichText {
        serde_json::from_value(serde_json::Value::String(text.into())).unwrap()
    }

    #[test]
    fn numbers_by_first_citation_then_file_order() {
        let sources = [source("a"), source("b"), source("c")];
        let texts = [rich("x [^c] y [^a]"), rich("[^c] again")];
        let ids: Vec<&str> = in_citation_order(&sources, &texts)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["c", "a", "b"]);
        assert!(cites(&texts[0], "a") && !cites(&texts[1], "a"));
    }

    #[test]
    fn finds_toolkit_sections_in_both_link_forms() {
        let blocks =
            parse("[a](#one) [b](/toolkit?q=x&s=two) [c](/toolkit#three) [d](/roles?role=sponsor)")
                .unwrap();
        let mut found = Vec::new();
        walk(&blocks, &mut |inline| {
            if let Inline::Link { target, .. } = inline {
                found.push(toolkit_section(target));
            }
        });
        assert_eq!(
            found,
            [
                Some("one".into()),
                Some("two".into()),
                Some("three".into()),
                None
            ]
        );
    }
}
