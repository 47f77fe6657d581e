//! "Which role fits me?": a few quick questions whose options award points
//! to roles and to levels of participation; the highest of each wins (ties go
//! to the earlier one in the file). Answers travel in the URL as option ids
//! in question order, joined by `.` (`?fit=regular.project.practitioner`).

use indexmap::IndexMap;
use serde::Deserialize;

use super::RolesFile;
use crate::content::Checker;
use crate::richtext::RichText;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fit {
    pub intro: RichText,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    pub options: Vec<FitOption>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FitOption {
    pub id: String,
    pub label: String,
    /// Points for roles, by role id.
    #[serde(default)]
    pub roles: IndexMap<String, u8>,
    /// Points for levels of participation, by level id.
    #[serde(default)]
    pub levels: IndexMap<String, u8>,
}

/// The chosen option of each question, by position; `None` when unanswered.
pub type FitAnswers = Vec<Option<usize>>;

/// The closest role and level, as indexes into the file's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FitResult {
    pub role: usize,
    pub level: usize,
}

impl Fit {
    /// The result once every question is answered; None before, or when
    /// the answers award no points to any role or to any level.
    pub fn result(&self, file: &RolesFile, answers: &[Option<usize>]) -> Option<FitResult> {
        if answers.len() != self.questions.len() {
            return None;
        }
        let mut roles = vec![0u32; file.roles.len()];
        let mut levels = vec![0u32; file.levels.len()];
        for (question, answer) in self.questions.iter().zip(answers) {
            let option = question.options.get((*answer)?)?;
            for (id, points) in &option.roles {
                if let Some(index) = file.role_index(id) {
                    roles[index] += u32::from(*points);
                }
            }
            for (id, points) in &option.levels {
                if let Some(index) = file.level_index(id) {
                    levels[index] += u32::from(*points);
                }
            }
        }
        Some(FitResult {
            role: best(&roles)?,
            level: best(&levels)?,
        })
    }

    /// `?fit=` value: option ids in question order, `.`-separated; an
    /// unanswered question leaves its place empty. Empty when nothing is answered.
    pub fn encode(&self, answers: &[Option<usize>]) -> String {
        if answers.iter().all(Option::is_none) {
            return String::new();
        }
        self.questions
            .iter()
            .enumerate()
            .map(|(index, question)| {
                answers
                    .get(index)
                    .copied()
                    .flatten()
                    .and_then(|answer| question.options.get(answer))
                    .map(|option| option.id.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(".")
    }

    /// Reads a `?fit=` value. Unknown or surplus parts are dropped and
    /// reported (`true`), never an error: an outdated link still opens.
    pub fn decode(&self, text: &str) -> (FitAnswers, bool) {
        let mut answers = vec![None; self.questions.len()];
        if text.is_empty() {
            return (answers, false);
        }
        let parts: Vec<&str> = text.split('.').collect();
        let mut ignored = parts.len() > self.questions.len();
        for (index, part) in parts.iter().enumerate().take(self.questions.len()) {
            if part.is_empty() {
                continue;
            }
            match self.questions[index]
                .options
                .iter()
                .position(|option| option.id == *part)
            {
                Some(answer) => answers[index] = Some(answer),
                None => ignored = true,
            }
        }
        (answers, ignored)
    }

    pub(super) fn check(&self, checker: &mut Checker, file: &RolesFile) {
        if !(1..=5).contains(&self.questions.len()) {
            checker.top().problem(
                "fit.questions",
                format!(
                    "has {} questions; ask between 1 and 5 so it stays quick",
                    self.questions.len()
                ),
            );
        }
        let mut awards_role = false;
        let mut awards_level = false;
        for (index, question) in self.questions.iter().enumerate() {
            let mut entry = checker.entry("fit.questions", index, &question.id);
            entry.id("id", &question.id);
            entry.text("prompt", &question.prompt, 200);
            if !(2..=8).contains(&question.options.len()) {
                entry.problem(
                    "options",
                    format!(
                        "has {} options; give between 2 and 8",
                        question.options.len()
                    ),
                );
            }
            for (number, option) in question.options.iter().enumerate() {
                let field = format!("options[{number}]");
                entry.id(&format!("{field}.id"), &option.id);
                entry.text(&format!("{field}.label"), &option.label, 150);
                for (id, points) in &option.roles {
                    awards_role |= *points > 0;
                    if file.role_index(id).is_none() {
                        entry.problem(
                            &format!("{field}.roles"),
                            format!("\"{id}\" is not the id of a role"),
                        );
                    }
                }
                for (id, points) in &option.levels {
                    awards_level |= *points > 0;
                    if file.level_index(id).is_none() {
                        entry.problem(
                            &format!("{field}.levels"),
                            format!("\"{id}\" is not the id of a level"),
                        );
                    }
                }
            }
        }
        let can_give_result = awards_role && awards_level;
        if !self.questions.is_empty() && !can_give_result {
            checker.top().problem(
                "fit.questions",
                "no option awards points to a role and to a level, so no answer could give a result",
            );
        }
        for (index, question) in self.questions.iter().enumerate() {
            let ids = question.options.iter().map(|option| option.id.as_str());
            checker.unique_ids(&format!("fit.questions[{index}].options"), ids);
        }
        checker.unique_ids(
            "fit.questions",
            self.questions.iter().map(|question| question.id.as_str()),
        );
    }
}

/// The index of the highest score (the first on ties); None when all are 0.
fn best(scores: &[u32]) -> Option<usize> {
    let top = *scores.iter().max()?;
    (top > 0).then(|| scores.iter().position(|score| *score == top))?
}
