//! The guide "Which kind of group fits?" (`guide.json`): four forms of
//! organisation compared on Wenger & Snyder's four questions, and a short
//! questionnaire whose options weigh each form. Scoring, the answer encoding
//! for links and the step-by-step flow live in the sub-modules.

use indexmap::IndexMap;
use serde::Deserialize;

use super::directory::Kind;
use super::richtext::RichText;
use super::toolkit::Source;

mod answers;
mod check;
mod flow;
mod score;
mod verdict;

pub use answers::{DecodeError, GuideAnswers, MAX_ABOUT_CHARS, Shape};
pub use flow::{GuideState, Notice, Param, Step, clean_about};
pub use score::{Closeness, DimensionFit, Explained, Fit, GuideResult, score};
pub use verdict::{Answer, Decision, Elsewhere, MAX_REASONS, Verdict};

/// The highest weight an option may give a form ("typical of it").
pub const MAX_WEIGHT: u8 = 3;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Shown on the start page.
    pub intro: RichText,
    /// When the best and second-best fit are fewer than this many percentage
    /// points apart, the result is called mixed rather than forced into one.
    pub mixed_threshold: u8,
    /// The questions every form answers (Wenger & Snyder's four), in table order.
    pub dimensions: Vec<Dimension>,
    pub forms: Vec<Form>,
    /// What people often bring that is none of the forms (a talk series, a
    /// one-off event, a mailing list), each with what to do instead. Options
    /// may weigh them like forms; see [`verdict`] for when one is the result.
    #[serde(default)]
    pub not_a_group: Vec<Outcome>,
    pub questions: Vec<Question>,
    /// Explanations for a mixed result between two particular forms.
    #[serde(default)]
    pub mixed: Vec<MixedNote>,
    /// The explanation for a mixed result when no pair-specific one exists.
    pub mixed_default: RichText,
    pub compare: Compare,
    pub sources: Vec<Source>,
}

/// One of the questions the comparison table answers for every form.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// The table's row heading: "What's the purpose?".
    pub question: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// Stable: appears in links and in `weights`.
    pub id: String,
    /// "Community of practice".
    pub name: String,
    /// The name mid-sentence, with its article: "a community of practice".
    pub phrase: String,
    /// One sentence on what this form is, in plain words.
    pub summary: String,
    /// The form's answer to each dimension, keyed by dimension id (quoted from the source).
    pub typical: IndexMap<String, String>,
    /// Which directory listing holds groups of this form, if any.
    #[serde(default)]
    pub directory: Option<Kind>,
    /// The one thing to do next when this form fits best: shown first.
    pub first_step: RichText,
    /// The rest of what to do next, shown on request.
    pub next_steps: RichText,
}

/// Something people often mean by "a group" that is none of the forms.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Stable: may appear in options' `weights`, beside the form ids.
    pub id: String,
    /// "A talk or learning series".
    pub name: String,
    /// The name mid-sentence, with its article: "a talk or learning series".
    pub phrase: String,
    /// One sentence on what it is and why it is not a group.
    pub summary: String,
    /// The one thing to do instead: shown first.
    pub first_step: RichText,
    /// The rest of what to do instead, shown on request.
    pub instead: RichText,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable: appears in links (`/guide?question=ID`) and in shared answers.
    pub id: String,
    /// Which dimension the answer tells us about.
    pub dimension: String,
    /// The question in plain words: "Who decides who joins?".
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Why the guide asks it, shown on request.
    #[serde(default)]
    pub why: Option<String>,
    pub options: Vec<AnswerOption>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable within its question: part of the shared-link fingerprint.
    pub id: String,
    pub label: String,
    /// The answer as a clause about the group, without a full stop, for the
    /// result's reasons and summary sentence: "a line manager steers it".
    pub in_short: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Points (0 to 3) this answer gives each form, keyed by form id, and
    /// optionally each of `not_a_group` (missing: 0).
    pub weights: IndexMap<String, u8>,
    /// Why this answer points where it does, shown on the result page.
    pub explanation: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MixedNote {
    /// The two form ids, in either order.
    pub forms: Vec<String>,
    pub text: RichText,
}

/// The comparison table and the text around it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    /// Shown above the table on the comparison page.
    pub intro: RichText,
    /// The table's caption.
    pub caption: String,
    /// The id of the source the table quotes.
    pub source: String,
    /// Shown after the table: how the forms relate, caveats.
    pub notes: RichText,
}

impl GuideFile {
    /// Its cited prose in reading order: start page, comparison, results.
    pub fn texts(&self) -> impl Iterator<Item = &RichText> {
        self.labelled_texts().into_iter().map(|(_, _, text)| text)
    }

    /// [`Self::texts`] with the entry and field each is in, for messages.
    pub fn labelled_texts(&self) -> Vec<(String, String, &RichText)> {
        let top = |field: &str, text| (String::new(), field.to_string(), text);
        let mut out = vec![
            top("intro", &self.intro),
            top("compare.intro", &self.compare.intro),
            top("compare.notes", &self.compare.notes),
        ];
        for (index, form) in self.forms.iter().enumerate() {
            let entry = format!("forms[{index}] (id \"{}\")", form.id);
            out.push((entry.clone(), "first_step".to_string(), &form.first_step));
            out.push((entry, "next_steps".to_string(), &form.next_steps));
        }
        for (index, outcome) in self.not_a_group.iter().enumerate() {
            let entry = format!("not_a_group[{index}] (id \"{}\")", outcome.id);
            out.push((entry.clone(), "first_step".to_string(), &outcome.first_step));
            out.push((entry, "instead".to_string(), &outcome.instead));
        }
        out.push(top("mixed_default", &self.mixed_default));
        for (index, note) in self.mixed.iter().enumerate() {
            out.push((format!("mixed[{index}]"), "text".to_string(), &note.text));
        }
        out
    }

    /// Its sources numbered in the order readers meet their citations.
    pub fn numbered_sources(&self) -> Vec<&Source> {
        crate::sources::in_citation_order(&self.sources, self.texts())
    }

    pub fn form_index(&self, id: &str) -> Option<usize> {
        self.forms.iter().position(|form| form.id == id)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|question| question.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The weight `option` gives form `form` (0 when missing: validation forbids that).
    pub fn weight(&self, option: &AnswerOption, form: usize) -> u8 {
        self.forms
            .get(form)
            .and_then(|form| option.weights.get(&form.id))
            .copied()
            .unwrap_or(0)
    }

    /// The weight `option` gives outcome `outcome` of `not_a_group` (missing: 0).
    pub fn outcome_weight(&self, option: &AnswerOption, outcome: usize) -> u8 {
        self.not_a_group
            .get(outcome)
            .and_then(|outcome| option.weights.get(&outcome.id))
            .copied()
            .unwrap_or(0)
    }

    /// The explanation of a mixed result between forms `a` and `b`.
    pub fn mixed_note(&self, a: usize, b: usize) -> &RichText {
        let (Some(a), Some(b)) = (self.forms.get(a), self.forms.get(b)) else {
            return &self.mixed_default;
        };
        self.mixed
            .iter()
            .find(|note| {
                note.forms.len() == 2
                    && (note.forms[0] == a.id && note.forms[1] == b.id
                        || note.forms[0] == b.id && note.forms[1] == a.id)
            })
            .map_or(&self.mixed_default, |note| &note.text)
    }

    /// For each question, the option that gives `form` the most points
    /// (the first such option on a tie): the answers of a typical group of that form.
    pub fn typical_answers(&self, form: usize) -> GuideAnswers {
        GuideAnswers::from_choices(
            self.questions
                .iter()
                .map(|question| {
                    let mut best: Option<(usize, u8)> = None;
                    for (index, option) in question.options.iter().enumerate() {
                        let weight = self.weight(option, form);
                        if best.is_none_or(|(_, top)| weight > top) {
                            best = Some((index, weight));
                        }
                    }
                    best.map(|(index, _)| index)
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests;
