//! The rules for `guide.json` beyond its types: every option weighs every
//! form, every dimension is asked about and answered by every form, ids are
//! unique, citations resolve, and each form's typical answers rank it first.

use std::collections::HashSet;

use super::{Closeness, Decision, GuideFile, MAX_WEIGHT, Verdict, score};
use crate::content::{Checker, ContentFile};
use crate::sources::References;

impl ContentFile for GuideFile {
    const FILE: &'static str = "guide.json";
    const WHAT: &'static str = "the guide";

    fn check(&self, checker: &mut Checker) {
        let mut references = References::new(&self.sources, None);
        let before = checker.issues().len();

        let mut top = checker.top();
        if self.mixed_threshold > 50 {
            top.problem(
                "mixed_threshold",
                "must be between 0 and 50 percentage points",
            );
        }
        for (field, text) in [
            ("intro", &self.intro),
            ("mixed_default", &self.mixed_default),
            ("compare.intro", &self.compare.intro),
            ("compare.notes", &self.compare.notes),
        ] {
            references.text(&mut top, field, text);
        }
        top.text("compare.caption", &self.compare.caption, 150);
        references.cite(&mut top, "compare.source", &self.compare.source);
        if self.dimensions.is_empty() {
            top.problem("dimensions", "list at least one dimension to compare");
        }
        if self.forms.len() < 2 {
            top.problem("forms", "the guide needs at least two forms to tell apart");
        }
        if !(2..=20).contains(&self.questions.len()) {
            top.problem(
                "questions",
                format!(
                    "has {} questions; a guide needs 2 to 20 (short is kinder)",
                    self.questions.len()
                ),
            );
        }

        self.check_dimensions(checker);
        self.check_forms(checker, &mut references);
        self.check_outcomes(checker, &mut references);
        self.check_questions(checker);
        self.check_mixed(checker, &mut references);
        references.finish(checker, &self.sources);

        // Only meaningful on an otherwise sound file; earlier problems explain more.
        if checker.issues().len() == before {
            self.check_typical_answers_win(checker);
        }
    }
}

impl GuideFile {
    fn check_dimensions(&self, checker: &mut Checker) {
        for (index, dimension) in self.dimensions.iter().enumerate() {
            let mut entry = checker.entry("dimensions", index, &dimension.id);
            entry.id("id", &dimension.id);
            entry.text("question", &dimension.question, 80);
            if !self.questions.iter().any(|q| q.dimension == dimension.id) {
                entry.problem(
                    "id",
                    "no question asks about this dimension; add one or remove the dimension",
                );
            }
        }
        checker.unique_ids("dimensions", self.dimensions.iter().map(|d| d.id.as_str()));
    }

    fn check_forms<'a>(&'a self, checker: &mut Checker, references: &mut References<'a>) {
        for (index, form) in self.forms.iter().enumerate() {
            let mut entry = checker.entry("forms", index, &form.id);
            entry.id("id", &form.id);
            entry.text("name", &form.name, 60);
            entry.text("phrase", &form.phrase, 80);
            entry.text("summary", &form.summary, 300);
            references.text(&mut entry, "first_step", &form.first_step);
            references.text(&mut entry, "next_steps", &form.next_steps);
            for dimension in &self.dimensions {
                match form.typical.get(&dimension.id) {
                    Some(text) => entry.text(&format!("typical.{}", dimension.id), text, 200),
                    None => entry.problem(
                        "typical",
                        format!(
                            "has no answer for dimension \"{}\" ({})",
                            dimension.id, dimension.question
                        ),
                    ),
                }
            }
            for key in form.typical.keys() {
                if !self.dimensions.iter().any(|d| &d.id == key) {
                    entry.problem(
                        "typical",
                        format!("answers \"{key}\", which is not in `dimensions`"),
                    );
                }
            }
        }
        checker.unique_ids("forms", self.forms.iter().map(|f| f.id.as_str()));
    }

    fn check_outcomes<'a>(&'a self, checker: &mut Checker, references: &mut References<'a>) {
        for (index, outcome) in self.not_a_group.iter().enumerate() {
            let mut entry = checker.entry("not_a_group", index, &outcome.id);
            entry.id("id", &outcome.id);
            entry.text("name", &outcome.name, 60);
            entry.text("phrase", &outcome.phrase, 80);
            entry.text("summary", &outcome.summary, 300);
            references.text(&mut entry, "first_step", &outcome.first_step);
            references.text(&mut entry, "instead", &outcome.instead);
            if self.form_index(&outcome.id).is_some() {
                entry.problem(
                    "id",
                    "is also the id of a form; an outcome that is not a group needs its own id",
                );
            }
            let typical = self.questions.iter().any(|question| {
                question
                    .options
                    .iter()
                    .any(|option| self.outcome_weight(option, index) == MAX_WEIGHT)
            });
            if !typical {
                entry.problem(
                    "id",
                    format!(
                        "no option gives it {MAX_WEIGHT} points, so the guide can never suggest it; give the answer that is typical of it a weight of {MAX_WEIGHT}"
                    ),
                );
            }
        }
        checker.unique_ids(
            "not_a_group",
            self.not_a_group.iter().map(|o| o.id.as_str()),
        );
    }

    fn check_questions(&self, checker: &mut Checker) {
        for (q, question) in self.questions.iter().enumerate() {
            let mut entry = checker.entry("questions", q, &question.id);
            entry.id("id", &question.id);
            entry.text("text", &question.text, 150);
            entry.optional_text("hint", question.hint.as_deref(), 300);
            entry.optional_text("why", question.why.as_deref(), 500);
            if !self.dimensions.iter().any(|d| d.id == question.dimension) {
                entry.problem(
                    "dimension",
                    format!("\"{}\" is not in `dimensions`", question.dimension),
                );
            }
            if !(2..=9).contains(&question.options.len()) {
                entry.problem(
                    "options",
                    match question.options.len() {
                        1 => "has 1 option; a question needs 2 to 9".to_string(),
                        count => format!("has {count} options; a question needs 2 to 9"),
                    },
                );
            }
            let list = format!("questions[{q}].options");
            for (o, option) in question.options.iter().enumerate() {
                let mut entry = checker.entry(&list, o, &option.id);
                entry.id("id", &option.id);
                entry.text("label", &option.label, 150);
                entry.text("in_short", &option.in_short, 100);
                if option.in_short.trim_end().ends_with('.') {
                    entry.problem(
                        "in_short",
                        "ends with a full stop; write a clause without one (\"a line manager steers it\"), as the result joins several into one sentence",
                    );
                }
                entry.optional_text("hint", option.hint.as_deref(), 200);
                entry.text("explanation", &option.explanation, 400);
                for form in &self.forms {
                    match option.weights.get(&form.id) {
                        None => entry.problem(
                            "weights",
                            format!(
                                "does not weigh form \"{}\"; give every form a weight from 0 to {MAX_WEIGHT}",
                                form.id
                            ),
                        ),
                        Some(&weight) if weight > MAX_WEIGHT => entry.problem(
                            "weights",
                            format!(
                                "gives form \"{}\" {weight} points; weights run from 0 (not typical) to {MAX_WEIGHT} (typical)",
                                form.id
                            ),
                        ),
                        Some(_) => {}
                    }
                }
                for (key, &weight) in &option.weights {
                    let is_outcome = self.not_a_group.iter().any(|o| &o.id == key);
                    if self.form_index(key).is_none() && !is_outcome {
                        entry.problem(
                            "weights",
                            format!("weighs \"{key}\", which is not in `forms` or `not_a_group`"),
                        );
                    } else if is_outcome && weight > MAX_WEIGHT {
                        entry.problem(
                            "weights",
                            format!(
                                "gives \"{key}\" {weight} points; weights run from 0 (not typical) to {MAX_WEIGHT} (typical)"
                            ),
                        );
                    }
                }
                let weighs_all = self
                    .forms
                    .iter()
                    .all(|f| option.weights.contains_key(&f.id));
                if weighs_all && option.weights.values().all(|&weight| weight == 0) {
                    entry.problem(
                        "weights",
                        "gives every form 0 points, so choosing it cannot affect the result",
                    );
                }
            }
            checker.unique_ids(&list, question.options.iter().map(|o| o.id.as_str()));
        }
        checker.unique_ids("questions", self.questions.iter().map(|q| q.id.as_str()));
    }

    fn check_mixed<'a>(&'a self, checker: &mut Checker, references: &mut References<'a>) {
        let mut pairs = HashSet::new();
        for (index, note) in self.mixed.iter().enumerate() {
            let mut entry = checker.entry("mixed", index, "");
            references.text(&mut entry, "text", &note.text);
            let known = note.forms.iter().all(|id| self.form_index(id).is_some());
            if note.forms.len() != 2 || note.forms[0] == note.forms[1] || !known {
                let ids: Vec<&str> = self.forms.iter().map(|f| f.id.as_str()).collect();
                entry.problem(
                    "forms",
                    format!("must name two different forms from: {}", ids.join(", ")),
                );
                continue;
            }
            let mut pair = [note.forms[0].as_str(), note.forms[1].as_str()];
            pair.sort_unstable();
            if !pairs.insert(pair) {
                entry.problem(
                    "forms",
                    format!(
                        "an earlier entry already explains \"{}\" with \"{}\"",
                        pair[0], pair[1]
                    ),
                );
            }
        }
    }

    /// Someone who answers every question the way a typical group of one form
    /// would must be told that form fits, clearly. Otherwise the weights
    /// cannot tell the forms apart.
    fn check_typical_answers_win(&self, checker: &mut Checker) {
        for (index, form) in self.forms.iter().enumerate() {
            let result = score(self, &self.typical_answers(index));
            let (Some(best), runner_up) = (result.best(), result.runner_up()) else {
                continue;
            };
            let name = |fit: Option<&super::Fit>| {
                fit.and_then(|fit| self.forms.get(fit.form))
                    .map_or("", |form| form.id.as_str())
            };
            let mut entry = checker.entry("forms", index, &form.id);
            if let Verdict::NotAGroup { outcome } = Decision::of(&result).verdict {
                entry.problem(
                    "id",
                    format!(
                        "answering every question with the option that gives this form the most points is read as \"{}\", not a group; adjust the weights",
                        self.not_a_group[outcome].id
                    ),
                );
            } else if best.form != index {
                entry.problem(
                    "id",
                    format!(
                        "answering every question with the option that gives this form the most points ranks \"{}\" first; adjust the weights",
                        name(Some(best))
                    ),
                );
            } else if let Closeness::Mixed { gap } = result.closeness {
                entry.problem(
                    "id",
                    format!(
                        "answering every question with the option that gives this form the most points puts it only {gap} points ahead of \"{}\", a mixed result (mixed_threshold is {}); make the weights more distinct",
                        name(runner_up),
                        self.mixed_threshold
                    ),
                );
            }
        }
    }
}
