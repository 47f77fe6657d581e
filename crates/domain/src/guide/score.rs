//! Scoring: from answers to a ranked fit for every form, with the reasons.
//!
//! Each answer gives each form 0–3 points. A form's fit is the points it got
//! as a share of the most it could have got from the questions answered, so
//! a partly answered guide still gives a fair result and every form is
//! measured against its own typical profile. Ranking compares the exact
//! fractions; equal fits keep the order of the forms in the file, so ties are
//! deterministic. When the best two are closer than the file's
//! `mixed_threshold` (in rounded percentage points) the result is mixed.

use std::cmp::Ordering;

use super::{GuideAnswers, GuideFile, MAX_WEIGHT};

/// How well one form fits the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    pub form: usize,
    pub points: u32,
    /// The most points this form could have got from the same questions.
    pub max: u32,
    /// `points / max`, rounded to a whole percentage (0 when nothing counted).
    pub percent: u8,
}

impl Fit {
    fn new(form: usize, points: u32, max: u32) -> Fit {
        let percent = if max == 0 {
            0
        } else {
            // Rounds half up; points never exceed max, so this is at most 100.
            ((u64::from(points) * 200 + u64::from(max)) / (2 * u64::from(max))).min(100) as u8
        };
        Fit {
            form,
            points,
            max,
            percent,
        }
    }

    /// Compares the exact fractions `points / max` (no rounding).
    pub(super) fn compare_fit(&self, other: &Fit) -> Ordering {
        let mine = u64::from(self.points) * u64::from(other.max.max(1));
        let theirs = u64::from(other.points) * u64::from(self.max.max(1));
        mine.cmp(&theirs)
    }

    /// Ranking order: better fits first, then file order.
    pub(super) fn rank(&self, other: &Fit) -> Ordering {
        other.compare_fit(self).then(self.form.cmp(&other.form))
    }
}

/// How decisive the result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closeness {
    /// No question answered yet: nothing to say.
    Unanswered,
    /// The best fit leads the runner-up by `lead` percentage points.
    Clear { lead: u8 },
    /// The best two are only `gap` points apart: both are plausible.
    Mixed { gap: u8 },
}

/// One answer and what it says: the points it gave each form (in file order)
/// and the forms it points to most strongly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    pub question: usize,
    pub option: usize,
    pub points: Vec<u8>,
    /// The forms this answer gave its highest weight (none if it gave 0 to all).
    pub favours: Vec<usize>,
    /// The points it gave each of `not_a_group`, in file order.
    pub outcome_points: Vec<u8>,
}

/// The answers about one dimension, and how each form fits them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionFit {
    pub dimension: usize,
    /// The questions of this dimension that were answered.
    pub questions: Vec<usize>,
    /// Every form's fit on this dimension alone, in file order.
    pub fits: Vec<Fit>,
    /// The forms that fit this dimension best (all of them on a tie); empty
    /// when nothing about it was answered.
    pub closest: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideResult {
    /// Every form, best fit first.
    pub ranking: Vec<Fit>,
    pub answered: usize,
    pub questions: usize,
    pub closeness: Closeness,
    /// Forms within the mixed threshold of the best, best first (including it).
    pub contenders: Vec<usize>,
    /// One entry per answer, in question order.
    pub explained: Vec<Explained>,
    /// One entry per dimension, in file order.
    pub dimensions: Vec<DimensionFit>,
    /// Every outcome of `not_a_group`, in file order (`Fit::form` is its index there).
    pub outcomes: Vec<Fit>,
    /// The outcomes that some answer is typical of (gave the highest weight):
    /// only these can be the verdict, so an outcome never wins on side points.
    pub signalled: Vec<usize>,
}

impl GuideResult {
    pub fn best(&self) -> Option<&Fit> {
        self.ranking.first()
    }

    pub fn runner_up(&self) -> Option<&Fit> {
        self.ranking.get(1)
    }

    pub fn is_mixed(&self) -> bool {
        matches!(self.closeness, Closeness::Mixed { .. })
    }

    pub fn is_partial(&self) -> bool {
        self.answered < self.questions
    }

    /// The fit of form `form`.
    pub fn fit_of(&self, form: usize) -> Option<&Fit> {
        self.ranking.iter().find(|fit| fit.form == form)
    }
}

/// Scores `answers` against `guide`. Pure and total: answers that do not fit
/// the guide (an unknown question or option) are ignored.
pub fn score(guide: &GuideFile, answers: &GuideAnswers) -> GuideResult {
    let forms = guide.forms.len();
    let explained: Vec<Explained> = answers
        .iter()
        .filter_map(|(question, option)| {
            let chosen = guide.questions.get(question)?.options.get(option)?;
            let points: Vec<u8> = (0..forms).map(|f| guide.weight(chosen, f)).collect();
            let top = points.iter().copied().max().unwrap_or(0);
            let favours = (0..forms)
                .filter(|&f| top > 0 && points[f] == top)
                .collect();
            let outcome_points = (0..guide.not_a_group.len())
                .map(|o| guide.outcome_weight(chosen, o))
                .collect();
            Some(Explained {
                question,
                option,
                points,
                favours,
                outcome_points,
            })
        })
        .collect();

    let fits_for = |only: &dyn Fn(usize) -> bool| -> Vec<Fit> {
        (0..forms)
            .map(|form| {
                let (mut points, mut max) = (0u32, 0u32);
                for answer in explained.iter().filter(|e| only(e.question)) {
                    points += u32::from(answer.points[form]);
                    max += u32::from(best_weight(guide, answer.question, form));
                }
                Fit::new(form, points, max)
            })
            .collect()
    };

    let mut ranking = fits_for(&|_| true);
    ranking.sort_unstable_by(Fit::rank);

    let answered = explained.len();
    let best = ranking.first().map_or(0, |fit| fit.percent);
    let threshold = guide.mixed_threshold;
    let closeness = match (answered, ranking.get(1)) {
        (0, _) => Closeness::Unanswered,
        (_, Some(second)) if best - second.percent < threshold => Closeness::Mixed {
            gap: best - second.percent,
        },
        (_, second) => Closeness::Clear {
            lead: best - second.map_or(0, |fit| fit.percent),
        },
    };
    let contenders = if answered == 0 {
        Vec::new()
    } else {
        ranking
            .iter()
            .take_while(|fit| best - fit.percent < threshold.max(1))
            .map(|fit| fit.form)
            .collect()
    };

    let dimensions = guide
        .dimensions
        .iter()
        .enumerate()
        .map(|(dimension, d)| {
            let in_dimension = |question: usize| {
                guide
                    .questions
                    .get(question)
                    .is_some_and(|q| q.dimension == d.id)
            };
            let questions: Vec<usize> = explained
                .iter()
                .map(|e| e.question)
                .filter(|&q| in_dimension(q))
                .collect();
            let fits = fits_for(&in_dimension);
            let closest = match fits.iter().min_by(|a, b| a.rank(b)) {
                Some(top) if top.points > 0 => fits
                    .iter()
                    .filter(|fit| fit.compare_fit(top) == Ordering::Equal)
                    .map(|fit| fit.form)
                    .collect(),
                _ => Vec::new(),
            };
            DimensionFit {
                dimension,
                questions,
                fits,
                closest,
            }
        })
        .collect();

    let outcomes: Vec<Fit> = (0..guide.not_a_group.len())
        .map(|outcome| {
            let (mut points, mut max) = (0u32, 0u32);
            for answer in &explained {
                points += u32::from(answer.outcome_points[outcome]);
                max += u32::from(best_outcome_weight(guide, answer.question, outcome));
            }
            Fit::new(outcome, points, max)
        })
        .collect();
    let signalled = (0..guide.not_a_group.len())
        .filter(|&o| {
            explained
                .iter()
                .any(|answer| answer.outcome_points[o] == MAX_WEIGHT)
        })
        .collect();

    GuideResult {
        ranking,
        answered,
        questions: guide.questions.len(),
        closeness,
        contenders,
        explained,
        dimensions,
        outcomes,
        signalled,
    }
}

/// The most points any option of `question` gives outcome `outcome`.
fn best_outcome_weight(guide: &GuideFile, question: usize, outcome: usize) -> u8 {
    guide.questions.get(question).map_or(0, |q| {
        q.options
            .iter()
            .map(|option| guide.outcome_weight(option, outcome))
            .max()
            .unwrap_or(0)
    })
}

/// The most points any option of `question` gives `form`.
fn best_weight(guide: &GuideFile, question: usize, form: usize) -> u8 {
    guide.questions.get(question).map_or(0, |q| {
        q.options
            .iter()
            .map(|option| guide.weight(option, form))
            .max()
            .unwrap_or(0)
    })
}

#[cfg(test)]
mod tests;
