//! The result's decision, in the words a person acts on: what the answers
//! add up to, the few answers that most support it, and every answer that
//! pulls elsewhere, with one sentence saying what those add up to.
//!
//! An outcome of `not_a_group` (a talk series, a one-off event, a mailing
//! list) is the verdict when an answer is typical of it (it gave the
//! outcome the highest weight) and it fits at least as well as the best
//! form: a person who says people mostly listen to talks is describing a
//! talk series, whatever else the group shares with a community. Otherwise
//! the best form is the verdict, or, when the result is mixed, the forms
//! within the mixed threshold, named together and never one above the other.

use std::cmp::Reverse;

use super::{Closeness, GuideFile, GuideResult};

/// The most answers the result gives as its reasons.
pub const MAX_REASONS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No question answered yet.
    Unanswered,
    /// What the answers describe is none of the forms: outcome `outcome` of `not_a_group`.
    NotAGroup { outcome: usize },
    /// One form fits clearly best.
    Form { form: usize },
    /// These forms (two or more, best first) fit almost equally well.
    Close { forms: Vec<usize> },
}

/// One answer given: question `question`, option `option`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub question: usize,
    pub option: usize,
}

impl Answer {
    /// The answer as a clause about the group ("a line manager steers it").
    pub fn in_short(self, guide: &GuideFile) -> &str {
        guide
            .questions
            .get(self.question)
            .and_then(|q| q.options.get(self.option))
            .map_or("", |option| option.in_short.as_str())
    }
}

/// Answers that point to forms other than the verdict's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elsewhere {
    /// The forms these answers give their highest weight (several on a tie).
    pub forms: Vec<usize>,
    /// The answers, in question order.
    pub answers: Vec<Answer>,
}

impl Elsewhere {
    /// The group as a line of the result: ("Towards a formal work group:",
    /// "a line manager steers it; it is part of people's jobs.").
    pub fn describe(&self, guide: &GuideFile) -> (String, String) {
        let clauses: Vec<&str> = self.answers.iter().map(|a| a.in_short(guide)).collect();
        (
            format!("Towards {}:", join(&phrases(guide, &self.forms), " or ")),
            format!("{}.", clauses.join("; ")),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub verdict: Verdict,
    /// Up to [`MAX_REASONS`] answers that most support the verdict,
    /// strongest first.
    pub reasons: Vec<Answer>,
    /// Every answered question whose answer points to none of the verdict's
    /// forms, grouped by where it points: the largest group first.
    pub elsewhere: Vec<Elsewhere>,
}

impl Decision {
    pub fn of(result: &GuideResult) -> Decision {
        let verdict = verdict(result);
        let explained = &result.explained;
        let answer = |e: &super::Explained| Answer {
            question: e.question,
            option: e.option,
        };
        let mut supporting: Vec<(Reverse<i16>, usize, Answer)> = match &verdict {
            Verdict::Unanswered => Vec::new(),
            Verdict::NotAGroup { outcome } => explained
                .iter()
                .filter(|e| e.outcome_points[*outcome] > 0)
                .map(|e| {
                    (
                        Reverse(i16::from(e.outcome_points[*outcome])),
                        e.question,
                        answer(e),
                    )
                })
                .collect(),
            Verdict::Form { form } => explained
                .iter()
                .filter(|e| e.favours.contains(form))
                .map(|e| {
                    // How far this answer sets the form apart from the next best.
                    let others = (0..e.points.len())
                        .filter(|f| f != form)
                        .map(|f| e.points[f])
                        .max()
                        .unwrap_or(0);
                    let margin = i16::from(e.points[*form]) - i16::from(others);
                    (Reverse(margin), e.question, answer(e))
                })
                .collect(),
            Verdict::Close { forms } => explained
                .iter()
                .filter(|e| e.favours.iter().any(|f| forms.contains(f)))
                .map(|e| {
                    // Answers that support all the close forms come first.
                    let shared = e.favours.iter().filter(|f| forms.contains(f)).count();
                    (Reverse(shared as i16), e.question, answer(e))
                })
                .collect(),
        };
        supporting.sort_unstable_by_key(|&(strength, question, _)| (strength, question));
        let reasons = supporting
            .into_iter()
            .take(MAX_REASONS)
            .map(|(_, _, answer)| answer)
            .collect();

        let verdict_forms = verdict.forms();
        let mut elsewhere: Vec<Elsewhere> = Vec::new();
        if verdict != Verdict::Unanswered {
            for e in explained {
                let pulls_away = !e.favours.is_empty()
                    && match &verdict {
                        // Answers that look like any real group pull away from "not a group".
                        Verdict::NotAGroup { outcome } => e.outcome_points[*outcome] == 0,
                        _ => !e.favours.iter().any(|f| verdict_forms.contains(f)),
                    };
                if !pulls_away {
                    continue;
                }
                match elsewhere.iter_mut().find(|group| group.forms == e.favours) {
                    Some(group) => group.answers.push(answer(e)),
                    None => elsewhere.push(Elsewhere {
                        forms: e.favours.clone(),
                        answers: vec![answer(e)],
                    }),
                }
            }
        }
        // Largest first; equal sizes keep the order of their first answer.
        elsewhere.sort_by_key(|group| Reverse(group.answers.len()));
        Decision {
            verdict,
            reasons,
            elsewhere,
        }
    }

    /// The reasons as sentences: "People choose to join."
    pub fn reason_sentences(&self, guide: &GuideFile) -> Vec<String> {
        self.reasons
            .iter()
            .map(|answer| format!("{}.", capitalise(answer.in_short(guide))))
            .collect()
    }

    /// The verdict in one sentence: what it is, or who leads and by how much.
    pub fn lead(&self, guide: &GuideFile, result: &GuideResult) -> String {
        let fit = |form: usize| result.fit_of(form).map_or(0, |fit| fit.percent);
        let phrase = |form: usize| guide.forms[form].phrase.as_str();
        match &self.verdict {
            Verdict::NotAGroup { outcome } => guide.not_a_group[*outcome].summary.clone(),
            Verdict::Close { forms } => {
                let fits: Vec<String> = forms
                    .iter()
                    .map(|&f| format!("{} ({}%)", phrase(f), fit(f)))
                    .collect();
                let fits: Vec<&str> = fits.iter().map(String::as_str).collect();
                format!(
                    "Your answers fit {} almost equally well, so the guide does not pick one for you: what pulls each way is below.",
                    join(&fits, " and ")
                )
            }
            Verdict::Form { form } => match (result.closeness, result.runner_up()) {
                (Closeness::Clear { lead }, Some(next)) => format!(
                    "Your answers fit {} best, at {}%; next comes {} at {}%, {lead} percentage points behind.",
                    phrase(*form),
                    fit(*form),
                    phrase(next.form),
                    next.percent
                ),
                _ => format!(
                    "Your answers fit {} best, at {}%.",
                    phrase(*form),
                    fit(*form)
                ),
            },
            Verdict::Unanswered => String::new(),
        }
    }

    /// The result's heading: the verdict, plainly.
    pub fn headline(&self, guide: &GuideFile) -> String {
        match &self.verdict {
            Verdict::Unanswered => "No answers yet".to_string(),
            Verdict::NotAGroup { outcome } => format!(
                "This sounds like {}, not a group",
                guide.not_a_group[*outcome].phrase
            ),
            Verdict::Form { form } => format!("Your best fit: {}", guide.forms[*form].phrase),
            Verdict::Close { forms } => {
                format!("Close between {}", join(&phrases(guide, forms), " and "))
            }
        }
    }

    /// What the largest group of answers pulling elsewhere adds up to, in one
    /// sentence ("A line manager steers it and it is part of people's jobs, so
    /// in these respects it behaves like a formal work group, not like a
    /// community of practice."); `None` when nothing pulls elsewhere.
    pub fn summary(&self, guide: &GuideFile) -> Option<String> {
        let group = self.elsewhere.first()?;
        let clauses: Vec<&str> = group.answers.iter().map(|a| a.in_short(guide)).collect();
        let not_like = match &self.verdict {
            Verdict::Unanswered => return None,
            Verdict::NotAGroup { outcome } => guide.not_a_group[*outcome].phrase.clone(),
            Verdict::Form { form } => guide.forms[*form].phrase.clone(),
            Verdict::Close { forms } => join(&phrases(guide, forms), " or "),
        };
        let respects = if clauses.len() == 1 {
            "in this respect"
        } else {
            "in these respects"
        };
        Some(format!(
            "{}, so {respects} it behaves like {}, not like {not_like}.",
            capitalise(&join(&clauses, " and ")),
            join(&phrases(guide, &group.forms), " or "),
        ))
    }
}

impl Verdict {
    /// The forms the verdict names (none for "not a group" or no answers).
    pub fn forms(&self) -> Vec<usize> {
        match self {
            Verdict::Form { form } => vec![*form],
            Verdict::Close { forms } => forms.clone(),
            Verdict::Unanswered | Verdict::NotAGroup { .. } => Vec::new(),
        }
    }
}

fn verdict(result: &GuideResult) -> Verdict {
    let Some(best) = result.best() else {
        return Verdict::Unanswered;
    };
    if result.closeness == Closeness::Unanswered {
        return Verdict::Unanswered;
    }
    let outcome = result
        .signalled
        .iter()
        .map(|&o| result.outcomes[o])
        .filter(|fit| fit.compare_fit(best).is_ge())
        .min_by(|a, b| a.rank(b));
    if let Some(outcome) = outcome {
        return Verdict::NotAGroup {
            outcome: outcome.form,
        };
    }
    match result.closeness {
        Closeness::Mixed { .. } if result.contenders.len() > 1 => Verdict::Close {
            forms: result.contenders.clone(),
        },
        _ => Verdict::Form { form: best.form },
    }
}

fn phrases<'a>(guide: &'a GuideFile, forms: &[usize]) -> Vec<&'a str> {
    forms
        .iter()
        .filter_map(|&f| guide.forms.get(f).map(|form| form.phrase.as_str()))
        .collect()
}

/// "a", "a and b", "a, b and c".
fn join(items: &[&str], last: &str) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_string(),
        [rest @ .., final_item] => format!("{}{last}{final_item}", rest.join(", ")),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
