//! The steps of the flow and their names in the URL (`/assess?step=roles`):
//! the intro (no `step`), the community's name and domain (`community`),
//! one step per section (its id), and the result (`result`).

use super::answers::AssessmentAnswers;
use super::model::AssessmentFile;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Intro,
    Community,
    /// Index into the content's `sections`.
    Section(usize),
    Result,
}

impl Step {
    /// The step named by `param`; an unknown name is returned as the error,
    /// so the view can say it showed the start instead.
    pub fn parse(content: &AssessmentFile, param: Option<&str>) -> Result<Step, String> {
        match param.map(str::trim) {
            None | Some("") | Some("intro") => Ok(Step::Intro),
            Some("community") => Ok(Step::Community),
            Some("result") => Ok(Step::Result),
            Some(id) => content
                .section_index(id)
                .map(Step::Section)
                .ok_or_else(|| id.to_string()),
        }
    }

    /// The value for `step`, or `None` for the intro.
    pub fn param(self, content: &AssessmentFile) -> Option<String> {
        match self {
            Step::Intro => None,
            Step::Community => Some("community".into()),
            Step::Section(index) => content.sections.get(index).map(|s| s.id.clone()),
            Step::Result => Some("result".into()),
        }
    }

    /// The numbered steps, in order: community, each section, result.
    pub fn all(content: &AssessmentFile) -> Vec<Step> {
        std::iter::once(Step::Community)
            .chain((0..content.sections.len()).map(Step::Section))
            .chain(std::iter::once(Step::Result))
            .collect()
    }

    /// 1-based position among [`Step::all`]; `None` for the intro.
    pub fn number(self, content: &AssessmentFile) -> Option<usize> {
        Step::all(content)
            .iter()
            .position(|step| *step == self)
            .map(|i| i + 1)
    }

    pub fn next(self, content: &AssessmentFile) -> Option<Step> {
        match self {
            Step::Intro => Some(Step::Community),
            Step::Result => None,
            _ => self
                .number(content)
                .and_then(|n| Step::all(content).get(n).copied()),
        }
    }

    pub fn previous(self, content: &AssessmentFile) -> Option<Step> {
        match self.number(content)? {
            1 => Some(Step::Intro),
            n => Step::all(content).get(n - 2).copied(),
        }
    }

    /// Where to continue: the first section with an unanswered statement,
    /// or the result when all are answered.
    pub fn resume(content: &AssessmentFile, answers: &AssessmentAnswers) -> Step {
        content
            .sections
            .iter()
            .position(|section| {
                section
                    .statements
                    .iter()
                    .any(|statement| answers.level(&statement.id).is_none())
            })
            .map_or(Step::Result, Step::Section)
    }
}
