//! A person's answers: the proposed community in their words, and a level
//! and a note for each statement they have responded to.

use super::model::{AssessmentFile, Level};

/// Longest community name, domain description and note, in characters. The
/// form fields use the same limits, so typed text is never cut short silently.
pub const MAX_NAME: usize = 120;
pub const MAX_DOMAIN: usize = 300;
pub const MAX_NOTE: usize = 1000;

/// Answers never refer to more statements than this (the content allows 60).
pub(super) const MAX_RESPONSES: usize = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    /// `None`: not answered (a note alone is allowed).
    pub level: Option<Level>,
    pub note: String,
}

impl Response {
    fn is_empty(&self) -> bool {
        self.level.is_none() && self.note.is_empty()
    }
}

/// Kept canonical: a statement with neither a level nor a note has no
/// entry, so equal answers compare equal however they were made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentAnswers {
    name: String,
    domain: String,
    /// Sorted by statement id, at most one entry each (a small sorted
    /// vector: there are a few dozen statements).
    responses: Vec<(String, Response)>,
}

impl AssessmentAnswers {
    /// Answers made from their parts: the community's name and domain, then
    /// (statement id, level, note) in any order, each set as a person would.
    pub fn from_parts<I: AsRef<str>, N: AsRef<str>>(
        name: &str,
        domain: &str,
        responses: impl IntoIterator<Item = (I, Option<Level>, N)>,
    ) -> AssessmentAnswers {
        let mut answers = AssessmentAnswers::default();
        answers.set_name(name);
        answers.set_domain(domain);
        for (id, level, note) in responses {
            answers.set_level(id.as_ref(), level);
            answers.set_note(id.as_ref(), note.as_ref());
        }
        answers
    }

    /// The proposed community's name, as typed.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its domain in the person's words (also the directory search).
    pub fn domain(&self) -> &str {
        &self.domain
    }

    pub fn set_name(&mut self, name: &str) {
        self.name = truncate(name, MAX_NAME);
    }

    pub fn set_domain(&mut self, domain: &str) {
        self.domain = truncate(domain, MAX_DOMAIN);
    }

    fn find(&self, statement: &str) -> Result<usize, usize> {
        self.responses
            .binary_search_by(|(id, _)| id.as_str().cmp(statement))
    }

    fn get(&self, statement: &str) -> Option<&Response> {
        self.find(statement).ok().map(|i| &self.responses[i].1)
    }

    pub fn level(&self, statement: &str) -> Option<Level> {
        self.get(statement).and_then(|r| r.level)
    }

    pub fn note(&self, statement: &str) -> &str {
        self.get(statement)
            .map_or("", |response| response.note.as_str())
    }

    pub fn set_level(&mut self, statement: &str, level: Option<Level>) {
        self.update(statement, |response| response.level = level);
    }

    pub fn set_note(&mut self, statement: &str, note: &str) {
        let note = truncate(note, MAX_NOTE);
        self.update(statement, |response| response.note = note);
    }

    fn update(&mut self, statement: &str, change: impl FnOnce(&mut Response)) {
        let index = match self.find(statement) {
            Ok(index) => index,
            Err(_) if self.responses.len() >= MAX_RESPONSES => return,
            Err(index) => {
                let entry = (statement.to_string(), Response::default());
                self.responses.insert(index, entry);
                index
            }
        };
        change(&mut self.responses[index].1);
        if self.responses[index].1.is_empty() {
            self.responses.remove(index);
        }
    }

    /// Responses by statement id, in id order.
    pub fn responses(&self) -> impl Iterator<Item = (&str, &Response)> {
        self.responses.iter().map(|(id, r)| (id.as_str(), r))
    }

    /// Nothing typed or chosen at all.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.domain.trim().is_empty() && self.responses.is_empty()
    }

    /// How many statements of `content` have a level.
    pub fn answered(&self, content: &AssessmentFile) -> usize {
        content
            .statements()
            .filter(|(_, statement)| self.level(&statement.id).is_some())
            .count()
    }

    /// Drops responses to statements `content` no longer asks (content is
    /// edited between visits) and returns their ids, so the view can say so.
    pub fn retain_known(&mut self, content: &AssessmentFile) -> Vec<String> {
        let known: std::collections::HashSet<&str> =
            content.statements().map(|(_, s)| s.id.as_str()).collect();
        let mut unknown = Vec::new();
        self.responses.retain(|(id, _)| {
            let keep = known.contains(id.as_str());
            if !keep {
                unknown.push(id.clone());
            }
            keep
        });
        unknown
    }
}

/// At most `max` characters, cut on a character boundary.
fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}
