//! The guide's steps and their URLs. Everything a step needs is in the query
//! string, so any step can be bookmarked, shared, reloaded or embedded:
//!
//! | URL | step |
//! |---|---|
//! | `/guide` | start page |
//! | `/guide?view=compare` | the comparison table alone |
//! | `/guide?question=ID&a=…` | one question (GOV.UK question page) |
//! | `/guide?view=about&a=…` | the optional "what would it be about?" words |
//! | `/guide?a=…&about=…` | the result |
//!
//! `return=result` on a question means it was opened with "Change" from the
//! result, so Back and Continue go straight back there.

use super::GuideFile;
use super::answers::{Answers, DecodeError, MAX_ABOUT_CHARS, Shape};
use crate::routes::Route;
use crate::url::QueryString;

/// Query parameter names: part of the link format, so keep them stable.
pub struct Param;

impl Param {
    pub const ANSWERS: &'static str = "a";
    pub const ABOUT: &'static str = "about";
    pub const QUESTION: &'static str = "question";
    pub const VIEW: &'static str = "view";
    pub const RETURN: &'static str = "return";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    Compare,
    /// A question, by position.
    Question(usize),
    About,
    Result,
}

/// Why something in the link was ignored; shown as a short notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Malformed,
    Outdated,
    UnknownQuestion,
}

impl Notice {
    pub fn message(self) -> &'static str {
        match self {
            Notice::Malformed => {
                "The answers in this link could not be read, so they have been ignored. You can answer the questions again below."
            }
            Notice::Outdated => {
                "This link was made with an earlier version of the guide's questions, so its answers have been ignored. Answering again takes about two minutes."
            }
            Notice::UnknownQuestion => {
                "The question in this link is no longer part of the guide, so it has been ignored."
            }
        }
    }
}

/// What the guide's URL says: the step, the answers so far, and the
/// person's own words about the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub step: Step,
    pub answers: Answers,
    pub about: String,
    /// A question opened with "Change" from the result.
    pub returning: bool,
    pub notice: Option<Notice>,
}

impl View {
    /// Reads the guide's state from a query string. Never fails: anything
    /// unreadable is dropped and reported in `notice`.
    pub fn read(query: &QueryString, guide: &GuideFile) -> View {
        let questions = guide.questions.len();
        let (answers, mut notice) = match query.get(Param::ANSWERS) {
            None | Some("") => (Answers::none(questions), None),
            Some(text) => match Answers::decode(text, &Shape::of(guide)) {
                Ok(answers) => (answers, None),
                Err(DecodeError::Malformed) => (Answers::none(questions), Some(Notice::Malformed)),
                Err(DecodeError::Outdated) => (Answers::none(questions), Some(Notice::Outdated)),
            },
        };
        let fallback = if answers.is_empty() {
            Step::Start
        } else {
            Step::Result
        };
        let step = match query.get(Param::VIEW) {
            Some("compare") => Step::Compare,
            Some("about") => Step::About,
            _ => match query.get(Param::QUESTION) {
                None => fallback,
                Some(id) => guide.question_index(id).map_or_else(
                    || {
                        notice = notice.or(Some(Notice::UnknownQuestion));
                        fallback
                    },
                    Step::Question,
                ),
            },
        };
        View {
            step,
            answers,
            about: clean_about(query.get(Param::ABOUT).unwrap_or_default()),
            returning: query.get(Param::RETURN) == Some("result")
                && matches!(step, Step::Question(_) | Step::About),
            notice,
        }
    }

    /// Where Continue leads from the current step, once answered.
    pub fn next(&self, guide: &GuideFile) -> Step {
        match self.step {
            Step::Question(_) | Step::About if self.returning => Step::Result,
            Step::Question(index) if index + 1 < guide.questions.len() => Step::Question(index + 1),
            Step::Question(_) => Step::About,
            Step::Start => Step::Question(0),
            Step::About | Step::Compare | Step::Result => Step::Result,
        }
    }

    /// Where the Back link leads from the current step.
    pub fn previous(&self, guide: &GuideFile) -> Step {
        match self.step {
            Step::Question(_) | Step::About if self.returning => Step::Result,
            Step::Question(index) if index > 0 => Step::Question(index - 1),
            Step::About => match guide.questions.len() {
                0 => Step::Start,
                count => Step::Question(count - 1),
            },
            _ => Step::Start,
        }
    }

    /// The query string for `step`, carrying these answers and words.
    pub fn query(&self, step: Step, guide: &GuideFile) -> QueryString {
        self.query_with(step, guide, false)
    }

    /// The query string of this very state (for remembering where the person is).
    pub fn current_query(&self, guide: &GuideFile) -> QueryString {
        self.query_with(self.step, guide, self.returning)
    }

    /// The query string for changing one answer from the result.
    pub fn change_query(&self, step: Step, guide: &GuideFile) -> QueryString {
        self.query_with(step, guide, true)
    }

    fn query_with(&self, step: Step, guide: &GuideFile, returning: bool) -> QueryString {
        let mut query = QueryString::default();
        match step {
            Step::Start => return query,
            Step::Compare => {
                query.set(Param::VIEW, "compare");
                return query;
            }
            Step::Question(index) => {
                if let Some(question) = guide.questions.get(index) {
                    query.set(Param::QUESTION, &question.id);
                }
            }
            Step::About => {
                query.set(Param::VIEW, "about");
            }
            Step::Result => {}
        }
        if !self.answers.is_empty() {
            query.set(Param::ANSWERS, &self.answers.encode(&Shape::of(guide)));
        }
        query.set(Param::ABOUT, &self.about);
        if returning && step != Step::Result {
            query.set(Param::RETURN, "result");
        }
        query
    }

    /// The app-relative address of `query`: `/guide?…`.
    pub fn href(query: &QueryString) -> String {
        format!("{}{}", Route::Guide.path(), query.to_query())
    }

    /// "Question 3 of 7", for a question step.
    pub fn progress(&self, guide: &GuideFile) -> Option<String> {
        match self.step {
            Step::Question(index) => Some(format!(
                "Question {} of {}",
                index + 1,
                guide.questions.len()
            )),
            _ => None,
        }
    }
}

/// The person's words as kept: single spaces, trimmed, at most
/// `MAX_ABOUT_CHARS` characters, no control characters.
pub fn clean_about(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_ABOUT_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests;
