//! The group's result.
//!
//! - Per factor: each person's own score (as `score.rs` gives it), and over
//!   those who assessed the factor the median percentage (an even count
//!   takes the mean of the middle two, rounded half up) and the spread
//!   (highest − lowest, in percentage points).
//! - Combined answers: per statement, the median level of those who
//!   answered it; with an even count the *lower* middle one, so the group
//!   never looks readier than half of it says. These are scored like one
//!   person's answers, so a group of one gets exactly that person's result.
//!   The community's name and domain are the first person's who gave one
//!   (the coordinator usually adds themselves first); notes are left out.
//! - "Talk about these first": statements whose answers are 2 or more
//!   levels apart, widest first, then by how far answers sit from the
//!   median in total, then in the content's order.
//! - Agreed strengths (gaps): factors everyone who assessed it put at
//!   "mostly" or above (below "mostly"), assessed by at least two people, or
//!   by the one person in a group of one, so a group of one's agreed
//!   strengths are simply that person's factors at "mostly" or above.
//!
//! Everything but the name, domain and notices is the same whatever order
//! the people were added in.

use super::{Group, count};
use crate::assessment::{
    AssessmentAnswers, AssessmentFile, Level, Outcome, PerLevel, Rating, score,
};

/// One factor across the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupFactor {
    /// Index into the content's `factors`.
    pub factor: usize,
    /// Each person's score, in the group's order; `None`: not assessed.
    pub people: Vec<Option<Rating>>,
    /// Median percentage over those who assessed it; `None` if nobody did.
    pub median: Option<u32>,
    /// Highest minus lowest percentage; 0 for one person.
    pub spread: Option<u32>,
}

/// A statement the group disagrees on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// The statement's id.
    pub statement: String,
    /// Index into the content's `factors`.
    pub factor: usize,
    /// Highest minus lowest level, in points (2 or 3).
    pub spread: u32,
    /// The combined answer.
    pub median: Level,
    /// Who chose each level: indices into the group's people, in order.
    pub chosen: PerLevel<Vec<usize>>,
}

/// The next step for one of the group's gaps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    /// Index into the content's `factors`.
    pub factor: usize,
    /// The factor's level from the combined answers.
    pub level: Level,
    /// The factor's next step at that level.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupResult {
    /// One per factor, in the content's order.
    pub factors: Vec<GroupFactor>,
    pub combined: AssessmentAnswers,
    /// The combined answers scored.
    pub outcome: Outcome,
    /// Most to talk about first.
    pub disagreements: Vec<Disagreement>,
    /// Factor indices, highest median first (ties in content order).
    pub agreed_strengths: Vec<usize>,
    /// Factor indices, lowest median first (ties in content order).
    pub agreed_gaps: Vec<usize>,
    /// For the combined outcome's gaps, most urgent first.
    pub next_steps: Vec<NextStep>,
    /// Sentences about answers from other versions of the assessment.
    pub notices: Vec<String>,
}

impl GroupResult {
    pub fn of(content: &AssessmentFile, group: &Group) -> GroupResult {
        let scores: Vec<Outcome> = group
            .members
            .iter()
            .map(|member| score(content, &member.answers))
            .collect();
        let factors: Vec<GroupFactor> = (0..content.factors.len())
            .map(|factor| group_factor(factor, &scores))
            .collect();
        let combined = combine(content, group);
        let outcome = score(content, &combined);
        let enough = group.members.len().clamp(1, 2);
        GroupResult {
            disagreements: disagreements(content, group, &combined),
            agreed_strengths: agreed(&factors, enough, true),
            agreed_gaps: agreed(&factors, enough, false),
            next_steps: next_steps(content, &outcome),
            notices: notices(content, group),
            factors,
            combined,
            outcome,
        }
    }
}

fn group_factor(factor: usize, scores: &[Outcome]) -> GroupFactor {
    let people: Vec<Option<Rating>> = scores
        .iter()
        .map(|outcome| outcome.factor(factor).and_then(|score| score.rating))
        .collect();
    let mut percents: Vec<u32> = people.iter().flatten().map(|r| r.percent).collect();
    percents.sort_unstable();
    GroupFactor {
        factor,
        median: median_percent(&percents),
        spread: percents
            .first()
            .zip(percents.last())
            .map(|(lo, hi)| hi - lo),
        people,
    }
}

/// The median of sorted whole percentages; the middle two's mean rounded
/// half up for an even count.
fn median_percent(sorted: &[u32]) -> Option<u32> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]).div_ceil(2)),
    }
}

/// The lower median of levels: the middle one, or the lower middle one.
fn lower_median(levels: &[Level]) -> Option<Level> {
    let mut sorted = levels.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len().saturating_sub(1) / 2).copied()
}

fn combine(content: &AssessmentFile, group: &Group) -> AssessmentAnswers {
    let mut combined = AssessmentAnswers::default();
    let first = |text: fn(&AssessmentAnswers) -> &str| {
        group
            .members
            .iter()
            .map(|member| text(&member.answers))
            .find(|text| !text.trim().is_empty())
            .unwrap_or_default()
    };
    combined.set_name(first(AssessmentAnswers::name));
    combined.set_domain(first(AssessmentAnswers::domain));
    for (_, statement) in content.statements() {
        let levels: Vec<Level> = group
            .members
            .iter()
            .filter_map(|member| member.answers.level(&statement.id))
            .collect();
        combined.set_level(&statement.id, lower_median(&levels));
    }
    combined
}

fn disagreements(
    content: &AssessmentFile,
    group: &Group,
    combined: &AssessmentAnswers,
) -> Vec<Disagreement> {
    // (spread, total distance from the median, content position, entry)
    let mut found: Vec<(u32, u32, usize, Disagreement)> = Vec::new();
    for (position, (_, statement)) in content.statements().enumerate() {
        let (Some(factor), Some(median)) = (
            content.factor_index(&statement.factor),
            combined.level(&statement.id),
        ) else {
            continue;
        };
        let answers: Vec<(usize, Level)> = (group.members.iter().enumerate())
            .filter_map(|(i, member)| member.answers.level(&statement.id).map(|l| (i, l)))
            .collect();
        if let Some((spread, distance)) = apart(&answers, median) {
            let entry = Disagreement {
                statement: statement.id.clone(),
                factor,
                spread,
                median,
                chosen: who_chose(&answers),
            };
            found.push((spread, distance, position, entry));
        }
    }
    found.sort_by(|a, b| (b.0, b.1, a.2).cmp(&(a.0, a.1, b.2)));
    found.into_iter().map(|(_, _, _, entry)| entry).collect()
}

/// The spread of `answers` and their total distance from `median`, when
/// they are at least two levels apart.
fn apart(answers: &[(usize, Level)], median: Level) -> Option<(u32, u32)> {
    let points = || answers.iter().map(|(_, level)| level.points());
    let spread = points().max()? - points().min()?;
    let distance = points().map(|p| p.abs_diff(median.points())).sum();
    (spread >= 2).then_some((spread, distance))
}

/// The people at each level, from `(person, level)` pairs in person order.
fn who_chose(answers: &[(usize, Level)]) -> PerLevel<Vec<usize>> {
    let at = |wanted: Level| {
        (answers.iter())
            .filter(|(_, level)| *level == wanted)
            .map(|(person, _)| *person)
            .collect()
    };
    PerLevel {
        not_yet: at(Level::NotYet),
        partly: at(Level::Partly),
        mostly: at(Level::Mostly),
        in_place: at(Level::InPlace),
    }
}

/// Factors at least `enough` people assessed, every one of them at a level
/// "mostly" or above (`strengths`) or all below it; strengths highest
/// median first, gaps lowest first.
fn agreed(factors: &[GroupFactor], enough: usize, strengths: bool) -> Vec<usize> {
    let mut found: Vec<(u32, usize)> = Vec::new();
    for factor in factors {
        let levels: Vec<Level> = factor.people.iter().flatten().map(|r| r.level).collect();
        let agree = levels
            .iter()
            .all(|&level| (level >= Level::Mostly) == strengths);
        if levels.len() >= enough && agree {
            let median = factor.median.unwrap_or(0).min(100);
            found.push((if strengths { 100 - median } else { median }, factor.factor));
        }
    }
    found.sort_unstable();
    found.into_iter().map(|(_, factor)| factor).collect()
}

fn next_steps(content: &AssessmentFile, outcome: &Outcome) -> Vec<NextStep> {
    outcome
        .gaps
        .iter()
        .filter_map(|&factor| {
            let level = outcome.factor(factor)?.rating?.level;
            Some(NextStep {
                factor,
                level,
                text: content.factors.get(factor)?.next_steps.get(level).clone(),
            })
        })
        .collect()
}

/// Who answered statements this content no longer asks, and who left some
/// of its statements unanswered (added since, or skipped).
fn notices(content: &AssessmentFile, group: &Group) -> Vec<String> {
    let asked: Vec<&str> = content.statements().map(|(_, s)| s.id.as_str()).collect();
    let labels = group.display_labels();
    let mut notices = Vec::new();
    for (member, label) in group.members.iter().zip(&labels) {
        let retired = (member.answers.responses())
            .filter(|(id, response)| response.level.is_some() && !asked.contains(id))
            .count();
        if retired > 0 {
            let those = if retired == 1 {
                "that answer is"
            } else {
                "those answers are"
            };
            notices.push(format!(
                "{label} answered {} this version of the assessment no longer asks; {those} left out.",
                count(retired, "statement")
            ));
        }
        let missing = asked.len().saturating_sub(member.answers.answered(content));
        if missing == asked.len() && missing > 0 {
            notices.push(format!(
                "{label} has not answered any of the statements this version of the assessment asks, so their answers are in none of the group's figures."
            ));
        } else if missing > 0 {
            notices.push(format!(
                "{label} did not answer {missing} of the {} statements (added since they answered, or skipped); the group's figures for those use the others' answers.",
                asked.len()
            ));
        }
    }
    notices
}
