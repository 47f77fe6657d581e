//! The guide's steps and their URLs. Everything a step needs is in the query
//! string, so any step can be bookmarked, shared, reloaded or embedded:
//!
//! | URL | step |
//! |---|---|
//! | `/guide` | start page |
//! | `/guide?view=compare` | the comparison table alone |
//! | `/guide?question=ID&a=…` | one question (GOV.UK question page) |
//! | `/guide?view=about&a=…` | the optional "what would it be about?" words |
//! | `/guide?a=…#about=…` | the result (the words ride in the fragment: `UrlState::PRIVATE`) |
//!
//! `return=result` on a question means it was opened with "Change" from the
//! result, so Back and Continue go straight back there.

use super::GuideFile;
use super::answers::{DecodeError, GuideAnswers, MAX_ABOUT_CHARS, Shape};
use crate::routes::Route;
use crate::url::QueryString;
use crate::url_state::{Read, UrlState};

/// Query parameter names: part of the link format, so keep them stable.
pub struct Param;

impl Param {
    pub const ANSWERS: &'static str = "a";
    pub const ABOUT: &'static str = "about";
    pub const QUESTION: &'static str = "question";
    pub const VIEW: &'static str = "view";
    pub const RETURN: &'static str = "return";
    /// Every parameter the guide owns.
    pub const ALL: [&'static str; 5] = [
        Param::ANSWERS,
        Param::ABOUT,
        Param::QUESTION,
        Param::VIEW,
        Param::RETURN,
    ];
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

/// Why something in the link was ignored; its message is the notice shown.
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
pub struct GuideState {
    pub step: Step,
    pub answers: GuideAnswers,
    pub about: String,
    /// A question opened with "Change" from the result.
    pub returning: bool,
}

impl GuideState {
    /// The start page, nothing answered.
    pub fn new(guide: &GuideFile) -> GuideState {
        GuideState {
            step: Step::Start,
            answers: GuideAnswers::none(guide.questions.len()),
            about: String::new(),
            returning: false,
        }
    }

    /// `step`, carrying these answers and words (Continue, Back, Start now).
    pub fn at(&self, step: Step) -> GuideState {
        GuideState {
            step,
            returning: false,
            ..self.clone()
        }
    }

    /// `step` opened with "Change" from the result, so Back and Continue
    /// lead straight back there.
    pub fn changing(&self, step: Step) -> GuideState {
        GuideState {
            step,
            returning: true,
            ..self.clone()
        }
    }

    /// Reads the state and why part of the link was ignored, if it was (the
    /// first reason only: one notice is enough to explain a bad link).
    fn decode(query: &QueryString, guide: &GuideFile) -> (GuideState, Option<Notice>) {
        let questions = guide.questions.len();
        let (answers, mut notice) = match query.get(Param::ANSWERS) {
            None | Some("") => (GuideAnswers::none(questions), None),
            Some(text) => match GuideAnswers::decode(text, &Shape::of(guide)) {
                Ok(answers) => (answers, None),
                Err(DecodeError::Malformed) => {
                    (GuideAnswers::none(questions), Some(Notice::Malformed))
                }
                Err(DecodeError::Outdated) => {
                    (GuideAnswers::none(questions), Some(Notice::Outdated))
                }
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
        let state = GuideState {
            step,
            answers,
            about: clean_about(query.get(Param::ABOUT).unwrap_or_default()),
            returning: query.get(Param::RETURN) == Some("result")
                && matches!(step, Step::Question(_) | Step::About),
        };
        (state, notice)
    }

    /// The guide's own parameters for this state, in link order. The start
    /// page and the comparison carry nothing else: they are the same for
    /// everyone.
    fn own_params(&self, guide: &GuideFile) -> QueryString {
        let mut query = QueryString::default();
        match self.step {
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
        if self.returning && self.step != Step::Result {
            query.set(Param::RETURN, "result");
        }
        query
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

    /// "Question 3 of 9", for a question step; the last, optional step
    /// (the group's subject) counts as a question too.
    pub fn progress(&self, guide: &GuideFile) -> Option<String> {
        let of = guide.questions.len() + 1;
        match self.step {
            Step::Question(index) => Some(format!("Question {} of {of}", index + 1)),
            Step::About => Some(format!("Question {of} of {of} (optional)")),
            _ => None,
        }
    }

    /// The start page's promise: "9 questions, the last optional · about 3
    /// minutes" (about 15 seconds a question, rounded up to whole minutes).
    pub fn length(guide: &GuideFile) -> String {
        let count = guide.questions.len() + 1;
        let minutes = count.div_ceil(4).max(1);
        let unit = if minutes == 1 { "minute" } else { "minutes" };
        format!("{count} questions, the last optional · about {minutes} {unit}")
    }
}

impl UrlState for GuideState {
    type Content = GuideFile;
    const ROUTE: Route = Route::Guide;
    /// The person's own words about the group stay out of server logs.
    const PRIVATE: &'static [&'static str] = &[Param::ABOUT];

    /// Anything unreadable is dropped, with a notice saying why.
    fn read(query: &QueryString, guide: &GuideFile) -> Read<GuideState> {
        let (state, notice) = GuideState::decode(query, guide);
        Read {
            state,
            notices: notice
                .map(|notice| notice.message().to_string())
                .into_iter()
                .collect(),
        }
    }

    /// The guide's parameters come first and the others (such as `embed`)
    /// after them, in their order: the links the guide has always written.
    fn write(&self, guide: &GuideFile, query: &mut QueryString) {
        for key in Param::ALL {
            query.remove(key);
        }
        query.put_first(self.own_params(guide));
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
