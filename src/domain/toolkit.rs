//! The toolkit (`toolkit.json`): sections of cited prose about communities of
//! practice, and the sources they cite.

use std::collections::HashSet;

use serde::Deserialize;

use super::content::{Checker, ContentFile};
use super::richtext::{Inline, Link, RichText, walk};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolkitFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub intro: RichText,
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable: used in links (`/toolkit?s=ID`) and in other content.
    pub id: String,
    pub title: String,
    /// One sentence for the table of contents.
    pub summary: String,
    pub body: RichText,
}

/// A document the content cites. `url` only where the source gives one.
#[derive(Debug, Clone, Deserialize)]
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

impl ToolkitFile {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}

impl ContentFile for ToolkitFile {
    const FILE: &'static str = "toolkit.json";
    const WHAT: &'static str = "the toolkit";

    fn check(&self, checker: &mut Checker) {
        if self.sections.is_empty() {
            checker
                .top()
                .problem("sections", "the toolkit needs at least one section");
        }
        let section_ids: HashSet<&str> = self.sections.iter().map(|s| s.id.as_str()).collect();
        let source_ids: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut cited = HashSet::new();
        let any_unparsed = self.intro.problem().is_some()
            || self
                .sections
                .iter()
                .any(|section| section.body.problem().is_some());

        check_references(
            checker.top(),
            "intro",
            &self.intro,
            &section_ids,
            &source_ids,
            &mut cited,
        );
        for (index, section) in self.sections.iter().enumerate() {
            let mut entry = checker.entry("sections", index, &section.id);
            entry.id("id", &section.id);
            entry.text("title", &section.title, 100);
            entry.text("summary", &section.summary, 300);
            entry.rich_text("body", &section.body);
            check_references(
                entry,
                "body",
                &section.body,
                &section_ids,
                &source_ids,
                &mut cited,
            );
        }
        check_sources(checker, &self.sources, &cited, any_unparsed);
        checker.unique_ids("sections", self.sections.iter().map(|s| s.id.as_str()));
        checker.unique_ids("sources", self.sources.iter().map(|s| s.id.as_str()));
    }
}

/// A file's list of cited sources (`sources`): each entry well formed and
/// cited somewhere in `cited`. When some text could not be parsed, its
/// citations are unknown, so uncited sources are not reported (no cascade).
pub fn check_sources(
    checker: &mut Checker,
    sources: &[Source],
    cited: &HashSet<&str>,
    any_unparsed: bool,
) {
    for (index, source) in sources.iter().enumerate() {
        let mut entry = checker.entry("sources", index, &source.id);
        entry.id("id", &source.id);
        entry.text("title", &source.title, 200);
        entry.text("publisher", &source.publisher, 200);
        entry.optional_text("year", source.year.as_deref(), 20);
        if let Some(url) = &source.url {
            entry.link("url", url);
        }
        if !cited.contains(source.id.as_str()) && !any_unparsed {
            entry.problem(
                "id",
                "this source is never cited; cite it with [^id] or remove it",
            );
        }
    }
}

/// Internal links must point at existing sections, citations at listed sources.
fn check_references<'a>(
    mut entry: super::content::Entry<'_>,
    field: &str,
    text: &'a RichText,
    sections: &HashSet<&str>,
    sources: &HashSet<&str>,
    cited: &mut HashSet<&'a str>,
) {
    walk(&text.blocks, &mut |inline| match inline {
        Inline::Link {
            target: Link::Section(id),
            ..
        } if !sections.contains(id.as_str()) => {
            entry.problem(
                field,
                format!("links to section \"#{id}\", which does not exist"),
            );
        }
        Inline::Link {
            target:
                Link::App {
                    route: super::routes::Route::Toolkit,
                    query,
                    ..
                },
            ..
        } => {
            if let Some(id) = query.split('&').find_map(|pair| pair.strip_prefix("s="))
                && !sections.contains(id)
            {
                entry.problem(
                    field,
                    format!("links to toolkit section \"{id}\", which does not exist"),
                );
            }
        }
        Inline::Cite(id) => cite(&mut entry, field, id, sources, cited),
        _ => {}
    });
}

/// Records a citation of `id`, or reports it when no listed source has that id.
pub fn cite<'a>(
    entry: &mut super::content::Entry<'_>,
    field: &str,
    id: &'a str,
    sources: &HashSet<&str>,
    cited: &mut HashSet<&'a str>,
) {
    if sources.contains(id) {
        cited.insert(id);
    } else {
        entry.problem(
            field,
            format!("cites \"[^{id}]\", which is not in `sources`"),
        );
    }
}

#[cfg(test)]
mod tests;
