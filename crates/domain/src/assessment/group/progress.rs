//! Progress over time: an earlier saved result (one person's or a group's)
//! beside today's, per factor. A factor's figure is the group's median
//! percentage, which for one person is their own percentage. Both results
//! are scored against today's content, so a factor added since is "not
//! assessed then" rather than a jump from zero.

use super::result::GroupResult;
use crate::assessment::AssessmentFile;
use crate::date::Date;

/// One factor, then and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactorChange {
    /// Index into the content's `factors`.
    pub factor: usize,
    /// Percentages; `None`: not assessed.
    pub then: Option<u32>,
    pub now: Option<u32>,
}

impl FactorChange {
    /// Now minus then, in percentage points, when both were assessed.
    pub fn points(&self) -> Option<i64> {
        Some(i64::from(self.now?) - i64::from(self.then?))
    }

    /// "up 17 points", … (see [`change_text`]).
    pub fn text(&self) -> String {
        change_text(self.then, self.now)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// When each was saved, if known.
    pub then_date: Option<Date>,
    pub now_date: Option<Date>,
    /// One per factor, in the content's order.
    pub factors: Vec<FactorChange>,
}

pub fn progress(
    content: &AssessmentFile,
    then: &GroupResult,
    then_date: Option<Date>,
    now: &GroupResult,
    now_date: Option<Date>,
) -> Progress {
    let figure = |result: &GroupResult, factor: usize| {
        result.factors.get(factor).and_then(|group| group.median)
    };
    Progress {
        then_date,
        now_date,
        factors: (0..content.factors.len())
            .map(|factor| FactorChange {
                factor,
                then: figure(then, factor),
                now: figure(now, factor),
            })
            .collect(),
    }
}

/// The change from `then` to `now` in words: "up 17 points", "down 1
/// point", "no change", "not assessed then", "not assessed now", "not
/// assessed".
pub fn change_text(then: Option<u32>, now: Option<u32>) -> String {
    let points = |n: u32| {
        if n == 1 {
            "1 point".to_string()
        } else {
            format!("{n} points")
        }
    };
    match (then, now) {
        (Some(then), Some(now)) if now > then => format!("up {}", points(now - then)),
        (Some(then), Some(now)) if now < then => format!("down {}", points(then - now)),
        (Some(_), Some(_)) => "no change".into(),
        (None, Some(_)) => "not assessed then".into(),
        (Some(_), None) => "not assessed now".into(),
        (None, None) => "not assessed".into(),
    }
}
