//! Native tests of the starter documents: assembly, the content rules,
//! reading guide links, and properties over arbitrary answers.

mod assembly;
mod guide;
mod properties;
mod rules;

use super::*;
use crate::assessment::{AssessmentAnswers, AssessmentFile, Level, Outcome, score};
use crate::content::load;
use crate::date::Date;
use crate::guide::GuideFile;
use crate::roles::RolesFile;

pub(super) const SAMPLE: &str = include_str!("../../../../../public/data/starter.json");
const ASSESSMENT: &str = include_str!("../../../../../public/data/assessment.json");
const ROLES: &str = include_str!("../../../../../public/data/roles.json");
const GUIDE: &str = include_str!("../../../../../public/data/guide.json");

pub(super) fn sample() -> StarterFile {
    load::<StarterFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

pub(super) fn assessment() -> AssessmentFile {
    load::<AssessmentFile>(ASSESSMENT.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

pub(super) fn roles() -> RolesFile {
    load::<RolesFile>(ROLES.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

pub(super) fn guide_file() -> GuideFile {
    load::<GuideFile>(GUIDE.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

pub(super) fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

/// The loaded files an assembly needs, kept together so inputs can borrow them.
pub(super) struct Files {
    pub starter: StarterFile,
    pub assessment: AssessmentFile,
    pub roles: RolesFile,
}

pub(super) fn files() -> Files {
    Files {
        starter: sample(),
        assessment: assessment(),
        roles: roles(),
    }
}

impl Files {
    /// The documents for `answers` from `people` people, with `guide`.
    pub fn documents(
        &self,
        answers: &AssessmentAnswers,
        people: usize,
        guide: Option<GuideContext>,
    ) -> Vec<Document> {
        let outcome: Outcome = score(&self.assessment, answers);
        assemble(
            &self.starter,
            &StarterInput {
                assessment: &self.assessment,
                roles: &self.roles,
                answers,
                outcome: &outcome,
                people,
                guide,
                today: today(),
            },
        )
    }

    /// Every statement answered `level`.
    pub fn all_at(&self, level: Level) -> AssessmentAnswers {
        let mut answers = AssessmentAnswers::default();
        for (_, statement) in self.assessment.statements() {
            answers.set_level(&statement.id, Some(level));
        }
        answers
    }
}

/// Every text of a document: title, headings, paragraphs and items.
pub(super) fn texts(document: &Document) -> Vec<&str> {
    let mut out = vec![document.title.as_str()];
    for block in &document.blocks {
        match block {
            Block::Heading(text) | Block::Paragraph(text) => out.push(text),
            Block::List(items) => out.extend(items.iter().map(String::as_str)),
        }
    }
    out
}

/// The messages for the sample file after `edit`.
pub(super) fn messages(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    edit(&mut value);
    let text = serde_json::to_string_pretty(&value).unwrap();
    load::<StarterFile>(text.as_bytes())
        .map(|_| Vec::new())
        .unwrap_or_else(|error| error.lines())
}
