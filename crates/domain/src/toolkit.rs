//! The toolkit (`toolkit.json`): sections of cited prose about communities of
//! practice, and the sources they cite.

use serde::Deserialize;

use super::content::{Checker, ContentFile};
use super::richtext::RichText;
pub use super::sources::Source;
use super::sources::{References, in_citation_order};

pub mod search;
pub mod state;

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
    /// Stable: used in links (`/toolkit?s=ID`, see `state`) and in other content.
    pub id: String,
    pub title: String,
    /// One sentence for the table of contents.
    pub summary: String,
    pub body: RichText,
}

impl ToolkitFile {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|section| section.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}

impl ToolkitFile {
    /// The intro and the section bodies, in reading order.
    pub fn texts(&self) -> impl Iterator<Item = &RichText> {
        std::iter::once(&self.intro).chain(self.sections.iter().map(|section| &section.body))
    }

    /// The sources numbered as readers meet them (number n at index n − 1).
    pub fn numbered_sources(&self) -> Vec<&Source> {
        in_citation_order(&self.sources, self.texts())
    }

    /// The sections that cite the source `id`, for links back from the sources list.
    pub fn sections_citing(&self, id: &str) -> Vec<&Section> {
        self.sections
            .iter()
            .filter(|section| super::sources::cites(&section.body, id))
            .collect()
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
        let section_ids = self.sections.iter().map(|s| s.id.as_str()).collect();
        let mut references = References::new(&self.sources, Some(section_ids));
        references.text(&mut checker.top(), "intro", &self.intro);
        for (index, section) in self.sections.iter().enumerate() {
            let mut entry = checker.entry("sections", index, &section.id);
            entry.id("id", &section.id);
            entry.text("title", &section.title, 100);
            entry.text("summary", &section.summary, 300);
            references.text(&mut entry, "body", &section.body);
        }
        references.finish(checker, &self.sources);
        checker.unique_ids("sections", self.sections.iter().map(|s| s.id.as_str()));
    }
}

#[cfg(test)]
mod tests;
