//! Native tests of the self-assessment core. Property tests (round-trips,
//! never panicking) are in `tests/assessment_properties.rs`.

mod content;
mod exports;
mod scoring;
mod steps;

use super::*;
use crate::content::load;

pub(super) const SAMPLE: &str = include_str!("../../../../../public/data/assessment.json");

pub(super) fn sample() -> AssessmentFile {
    load::<AssessmentFile>(SAMPLE.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// A small assessment: factor `a` has statements a1 and a2, `b` has b1,
/// `c` has c1, c2 and c3. Bands start at 0, 40, 65 and 85 %.
pub(super) fn small() -> AssessmentFile {
    let per_level = |what: &str| {
        serde_json::json!({
            "not-yet": format!("{what} not yet"), "partly": format!("{what} partly"),
            "mostly": format!("{what} mostly"), "in-place": format!("{what} in place"),
        })
    };
    let statement = |id: &str, factor: &str| {
        serde_json::json!({
            "id": id, "factor": factor, "text": format!("Statement {id}"),
            "guidance": per_level(id), "help": [{"label": "Help", "href": "/toolkit?s=success-factors"}],
        })
    };
    let factor = |id: &str| {
        serde_json::json!({
            "id": id, "name": format!("Factor {id}"), "summary": "S",
            "sources": ["s"], "next_steps": per_level(&format!("step {id}")),
        })
    };
    let band = |id: &str, min: u32| serde_json::json!({"id": id, "label": format!("Band {id}"), "min_percent": min, "summary": format!("Summary {id}")});
    let json = serde_json::json!({
        "intro": "Intro.",
        "levels": {"not-yet": "Not yet", "partly": "Partly", "mostly": "Mostly", "in-place": "In place"},
        "bands": [band("low", 0), band("some", 40), band("most", 65), band("ready", 85)],
        "factors": [factor("a"), factor("b"), factor("c")],
        "sections": [
            {"id": "one", "title": "One", "statements": [statement("a1", "a"), statement("b1", "b"), statement("a2", "a")]},
            {"id": "two", "title": "Two", "statements": [statement("c1", "c"), statement("c2", "c"), statement("c3", "c")]},
        ],
        "sources": [{"id": "s", "title": "T", "publisher": "P"}],
    });
    load::<AssessmentFile>(json.to_string().as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// Answers from `(statement, level)` pairs.
pub(super) fn answers(levels: &[(&str, Level)]) -> AssessmentAnswers {
    let mut answers = AssessmentAnswers::default();
    for (id, level) in levels {
        answers.set_level(id, Some(*level));
    }
    answers
}
