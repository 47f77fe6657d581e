//! The result as a Markdown action plan, to paste into an email or a Teams
//! post: readiness, next steps first, then the detail and the sources.

use std::fmt::Write;

use super::answers::AssessmentAnswers;
use super::existing::similar_communities;
use super::model::AssessmentFile;
use super::score::Outcome;
use crate::directory::{Choice, DirectoryFile};

/// Everything the action plan is made from.
pub struct ActionPlan<'a> {
    pub content: &'a AssessmentFile,
    pub answers: &'a AssessmentAnswers,
    pub outcome: &'a Outcome,
    /// `None` when the directory could not be loaded.
    pub directory: Option<&'a DirectoryFile>,
    /// Today, `YYYY-MM-DD`, if known.
    pub date: Option<&'a str>,
    /// The app's absolute root URL (ending in `/`), to make links absolute.
    pub app_url: Option<&'a str>,
    /// A link that reopens these answers.
    pub share_url: Option<&'a str>,
}

/// How many directory matches the plan and the result list.
pub const MATCH_LIMIT: usize = 5;

pub fn action_plan(plan: &ActionPlan<'_>) -> String {
    let mut out = String::new();
    header(plan, &mut out);
    next_steps(plan, &mut out);
    strengths(plan, &mut out);
    unanswered(plan, &mut out);
    existing(plan, &mut out);
    factor_table(plan, &mut out);
    all_answers(plan, &mut out);
    sources(plan, &mut out);
    out
}

fn header(plan: &ActionPlan<'_>, out: &mut String) {
    let ActionPlan {
        content,
        answers,
        outcome,
        ..
    } = plan;
    let name = answers.name().trim();
    let title = if name.is_empty() {
        "Starting a community of practice: readiness and next steps".to_string()
    } else {
        format!("Starting {}: readiness and next steps", inline(name))
    };
    let _ = writeln!(out, "# {title}\n");
    if !answers.domain().trim().is_empty() {
        let _ = writeln!(out, "**Domain:** {}  ", inline(answers.domain()));
    }
    let overall = outcome
        .overall
        .and_then(|overall| Some((overall, content.bands.get(overall.band)?)));
    match overall {
        Some((overall, band)) => {
            let provisional = if overall.complete {
                String::new()
            } else {
                " (provisional: some statements are not answered yet)".to_string()
            };
            let _ = writeln!(
                out,
                "**Readiness:** {} ({}%), based on {} of {} statements{provisional}\n",
                inline(&band.label),
                overall.percent,
                outcome.answered,
                outcome.total,
            );
            let _ = writeln!(out, "{}\n", inline(&band.summary));
        }
        None => {
            let _ = writeln!(
                out,
                "**Readiness:** not assessed yet: no statement is answered.\n"
            );
        }
    }
    let mut made = "Self-assessment made with CoP Navigator".to_string();
    if let Some(date) = plan.date {
        let _ = write!(made, " on {date}");
    }
    let _ = writeln!(out, "*{made}.*\n");
    if let Some(url) = plan.share_url {
        let _ = writeln!(out, "Open these answers again: <{url}>\n");
    }
}

fn next_steps(plan: &ActionPlan<'_>, out: &mut String) {
    let _ = writeln!(out, "## Next steps\n");
    if plan.outcome.gaps.is_empty() {
        let text = if plan.outcome.overall.is_some() {
            "No gaps: every factor you rated is in place."
        } else {
            "Answer the statements to see your top gaps and next steps."
        };
        let _ = writeln!(out, "{text}\n");
        return;
    }
    for (rank, &index) in plan.outcome.gaps.iter().enumerate() {
        let factor = &plan.content.factors[index];
        let Some(rating) = plan.outcome.factors[index].rating else {
            continue;
        };
        let _ = writeln!(
            out,
            "{}. **{}** ({}, {}%): {}",
            rank + 1,
            inline(&factor.name),
            inline(plan.content.levels.get(rating.level)),
            rating.percent,
            inline(factor.next_steps.get(rating.level)),
        );
        let links = help_links(plan, index);
        if !links.is_empty() {
            let _ = writeln!(out, "   Read more: {}", links.join(", "));
        }
    }
    out.push('\n');
}

/// The distinct help links of a factor's statements, as Markdown links.
fn help_links(plan: &ActionPlan<'_>, factor: usize) -> Vec<String> {
    plan.content
        .help_links(Some(factor))
        .into_iter()
        .map(|link| match plan.app_url {
            Some(root) => format!(
                "[{}]({}{})",
                inline(&link.label),
                root.trim_end_matches('/'),
                link.href
            ),
            None => inline(&link.label),
        })
        .collect()
}

fn strengths(plan: &ActionPlan<'_>, out: &mut String) {
    if plan.outcome.strengths.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Strengths\n");
    for &index in &plan.outcome.strengths {
        if let Some(rating) = plan.outcome.factors[index].rating {
            let _ = writeln!(
                out,
                "- **{}** ({}, {}%)",
                inline(&plan.content.factors[index].name),
                inline(plan.content.levels.get(rating.level)),
                rating.percent
            );
        }
    }
    out.push('\n');
}

fn unanswered(plan: &ActionPlan<'_>, out: &mut String) {
    if plan.outcome.unanswered.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "## Not answered yet ({} of {})\n",
        plan.outcome.unanswered.len(),
        plan.outcome.total
    );
    let _ = writeln!(
        out,
        "These are left out of the scores rather than counted as \"not yet\".\n"
    );
    for (section, statement) in plan.content.statements() {
        if plan.outcome.unanswered.contains(&statement.id) {
            let _ = writeln!(
                out,
                "- {} ({})",
                inline(&statement.text),
                inline(&plan.content.sections[section].title)
            );
        }
    }
    out.push('\n');
}

fn existing(plan: &ActionPlan<'_>, out: &mut String) {
    let _ = writeln!(out, "## Does a community already exist?\n");
    let Some(directory) = plan.directory else {
        let _ = writeln!(
            out,
            "The community directory could not be loaded, so it was not searched.\n"
        );
        return;
    };
    let found = similar_communities(
        directory,
        plan.answers.domain(),
        plan.answers.name(),
        MATCH_LIMIT,
    );
    let Some(found) = found else {
        let _ = writeln!(
            out,
            "No domain was given, so the directory was not searched.\n"
        );
        return;
    };
    if found.total == 0 {
        let _ = writeln!(
            out,
            "No community in the directory matches \"{}\".\n",
            inline(&found.words)
        );
        return;
    }
    let _ = writeln!(
        out,
        "{} in the directory match \"{}\"; check them before starting a new one:\n",
        if found.total == 1 {
            "1 community".to_string()
        } else {
            format!("{} communities", found.total)
        },
        inline(&found.words)
    );
    for &index in &found.shown {
        let community = &directory.communities[index];
        let _ = writeln!(
            out,
            "- **{}** ({}, {}): {}",
            inline(&community.name),
            inline(&community.organisation),
            community.status.label(),
            inline(&community.summary)
        );
    }
    out.push('\n');
}

fn factor_table(plan: &ActionPlan<'_>, out: &mut String) {
    let _ = writeln!(out, "## All factors\n");
    let _ = writeln!(out, "| Factor | Score | Readiness | Answered |");
    let _ = writeln!(out, "|---|---|---|---|");
    for score in &plan.outcome.factors {
        let factor = &plan.content.factors[score.factor];
        let (percent, band) = match score.rating {
            Some(rating) => (
                format!("{}%", rating.percent),
                plan.content
                    .bands
                    .get(rating.band)
                    .map_or_else(String::new, |band| inline(&band.label)),
            ),
            None => ("–".to_string(), "not assessed".to_string()),
        };
        let _ = writeln!(
            out,
            "| {} | {percent} | {band} | {} of {} |",
            inline(&factor.name),
            score.answered,
            score.total
        );
    }
    out.push('\n');
}

fn all_answers(plan: &ActionPlan<'_>, out: &mut String) {
    let _ = writeln!(out, "## Your answers\n");
    for section in &plan.content.sections {
        let _ = writeln!(out, "### {}\n", inline(&section.title));
        for statement in &section.statements {
            let level = plan.answers.level(&statement.id).map_or_else(
                || "*not answered*".to_string(),
                |level| format!("**{}**", inline(plan.content.levels.get(level))),
            );
            let _ = writeln!(out, "- {}: {level}", inline(&statement.text));
            let note = plan.answers.note(&statement.id).trim();
            if !note.is_empty() {
                let _ = writeln!(out, "  Note:");
                for line in note.lines() {
                    let _ = writeln!(out, "  > {}", inline(line));
                }
            }
        }
        out.push('\n');
    }
}

fn sources(plan: &ActionPlan<'_>, out: &mut String) {
    let _ = writeln!(out, "## Sources\n");
    for source in &plan.content.sources {
        let year = source
            .year
            .as_deref()
            .map(|year| format!(", {year}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- {}. {}{year}.",
            inline(&source.title),
            inline(&source.publisher)
        );
    }
}

/// Text as one line of Markdown that shows exactly as written: line breaks
/// become spaces and characters Markdown would act on are escaped.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '`' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out.trim().to_string()
}
