//! The result's next steps, most pressing first: talking to communities that
//! may already cover the domain (when the directory found any), then the top
//! gaps. One list for the result page, the Markdown and the Word document.

use super::existing::Matches;
use super::score::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStep {
    /// Talk to the communities listed (this many) before starting a new one.
    TalkToExisting(usize),
    /// Close a gap: an index into the content's `factors`.
    Gap(usize),
}

/// The next steps for `outcome`, given what the directory search found
/// (`None`: not searched). Communities the search lists come first.
pub fn plan_steps(outcome: &Outcome, found: Option<&Matches>) -> Vec<PlanStep> {
    let listed = found.map_or(0, |found| found.shown.len());
    (listed > 0)
        .then_some(PlanStep::TalkToExisting(listed))
        .into_iter()
        .chain(outcome.gaps.iter().map(|&factor| PlanStep::Gap(factor)))
        .collect()
}

/// "Talk to these 3 communities first", "Talk to this community first".
pub fn talk_first(count: usize) -> String {
    if count == 1 {
        "Talk to this community first".into()
    } else {
        format!("Talk to these {count} communities first")
    }
}

/// Why to talk to them first, in the number `talk_first` used.
pub fn talk_first_why(count: usize) -> &'static str {
    if count == 1 {
        "It may already cover your domain: joining or working with it can be quicker than starting again."
    } else {
        "They may already cover your domain: joining, reviving or working with one can be quicker than starting again."
    }
}
