//! Scoring the answers: per factor, overall, strengths and top gaps.
//!
//! - An answer is worth its level's points: not yet 0, partly 1, mostly 2,
//!   in place 3.
//! - A factor's percentage is the mean of its answered statements' points
//!   over 3, rounded half up to a whole percent. Its level (which picks the
//!   next step) is the mean rounded *down*: "in place" only when every
//!   answered statement is in place.
//! - The overall percentage is the mean of the assessed factors' whole
//!   percentages, rounded half up, so each factor counts equally however
//!   many statements it has, and the figure matches the chart.
//! - Bands come from the data: the highest band whose `min_percent` is at or
//!   below the whole percentage shown.
//! - Unanswered statements count for nothing either way: they are left out,
//!   not scored as zero. A factor with no answers has no score and is neither
//!   a strength nor a gap; the overall result is marked incomplete while any
//!   statement is unanswered, and is absent when none is answered.
//! - Gaps: assessed factors below "in place", lowest percentage first, ties in
//!   the data's order; the first [`GAP_COUNT`]. Strengths: assessed factors at
//!   "mostly" or "in place" that are not gaps, highest first, ties in order.
//!
//! Everything is whole-number arithmetic, so results are exact and the same
//! on every platform.

use super::answers::AssessmentAnswers;
use super::model::{AssessmentFile, Level};

/// How many gaps the result shows.
pub const GAP_COUNT: usize = 3;

/// A score with its level and band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    /// 0–100.
    pub percent: u32,
    pub level: Level,
    /// Index into the content's `bands`.
    pub band: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactorScore {
    /// Index into the content's `factors`.
    pub factor: usize,
    pub answered: usize,
    pub total: usize,
    /// `None` when none of the factor's statements is answered.
    pub rating: Option<Rating>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overall {
    pub percent: u32,
    pub band: usize,
    /// Every statement is answered; otherwise the result is provisional.
    pub complete: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// One per factor, in the content's order.
    pub factors: Vec<FactorScore>,
    /// `None` until at least one statement is answered.
    pub overall: Option<Overall>,
    pub answered: usize,
    pub total: usize,
    /// Factor indices, most urgent first; at most [`GAP_COUNT`].
    pub gaps: Vec<usize>,
    /// Factor indices, strongest first.
    pub strengths: Vec<usize>,
    /// Factor indices with no answered statement, in order.
    pub unassessed: Vec<usize>,
    /// Ids of unanswered statements, in order.
    pub unanswered: Vec<String>,
}

impl Outcome {
    pub fn factor(&self, index: usize) -> Option<&FactorScore> {
        self.factors.get(index)
    }
}

/// Scores `answers` against `content`. Answers to statements the content
/// does not ask are ignored.
pub fn score(content: &AssessmentFile, answers: &AssessmentAnswers) -> Outcome {
    let mut points = vec![0u32; content.factors.len()];
    let mut answered = vec![0usize; content.factors.len()];
    let mut totals = vec![0usize; content.factors.len()];
    let mut unanswered = Vec::new();
    for (_, statement) in content.statements() {
        let Some(factor) = content.factor_index(&statement.factor) else {
            continue;
        };
        totals[factor] += 1;
        match answers.level(&statement.id) {
            Some(level) => {
                points[factor] += level.points();
                answered[factor] += 1;
            }
            None => unanswered.push(statement.id.clone()),
        }
    }

    let factors: Vec<FactorScore> = (0..content.factors.len())
        .map(|factor| FactorScore {
            factor,
            answered: answered[factor],
            total: totals[factor],
            rating: rate(content, points[factor], answered[factor]),
        })
        .collect();

    let rated: Vec<(usize, Rating)> = factors
        .iter()
        .filter_map(|score| score.rating.map(|rating| (score.factor, rating)))
        .collect();
    let overall = (!rated.is_empty()).then(|| {
        let sum: u32 = rated.iter().map(|(_, rating)| rating.percent).sum();
        let count = rated.len() as u32;
        let percent = (2 * sum + count) / (2 * count);
        Overall {
            percent,
            band: content.band_for(percent),
            complete: unanswered.is_empty(),
        }
    });

    // At most 20 factors: ordered insertion keeps the code small (no sort).
    let mut gaps: Vec<(u32, usize)> = Vec::new();
    for (factor, rating) in &rated {
        if rating.level < Level::InPlace {
            insert_ordered(&mut gaps, (rating.percent, *factor));
        }
    }
    gaps.truncate(GAP_COUNT);
    let gaps: Vec<usize> = gaps.into_iter().map(|(_, factor)| factor).collect();

    let mut strengths: Vec<(u32, usize)> = Vec::new();
    for (factor, rating) in &rated {
        if rating.level >= Level::Mostly && !gaps.contains(factor) {
            // Highest first: order by the shortfall from 100 %.
            insert_ordered(&mut strengths, (100 - rating.percent, *factor));
        }
    }

    Outcome {
        unassessed: factors
            .iter()
            .filter(|score| score.rating.is_none())
            .map(|score| score.factor)
            .collect(),
        factors,
        overall,
        answered: answered.iter().sum(),
        total: totals.iter().sum(),
        gaps,
        strengths: strengths.into_iter().map(|(_, factor)| factor).collect(),
        unanswered,
    }
}

fn rate(content: &AssessmentFile, points: u32, answered: usize) -> Option<Rating> {
    if answered == 0 {
        return None;
    }
    let answered = answered as u32;
    let max = Level::MAX_POINTS * answered;
    // round(100 × points / max), halves up, in whole numbers.
    let percent = (200 * points + max) / (2 * max);
    Some(Rating {
        percent,
        level: Level::from_points(points / answered),
        band: content.band_for(percent),
    })
}

/// Inserts `item` after every smaller or equal item: a stable ascending order.
fn insert_ordered(items: &mut Vec<(u32, usize)>, item: (u32, usize)) {
    let position = items.iter().position(|x| *x > item).unwrap_or(items.len());
    items.insert(position, item);
}
