//! The result as a document: one assembly of headings, paragraphs, lists and
//! a table, written out as Markdown (`markdown.rs`) or as RTF for Word
//! (`rtf.rs`), so both say the same things in the same order.

use super::answers::AssessmentAnswers;
use super::existing::{Matches, similar_communities};
use super::model::AssessmentFile;
use super::plan::{PlanStep, plan_steps, talk_first, talk_first_why};
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

/// A run of text within a paragraph. Text is plain: each format escapes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Span {
    Text(String),
    Strong(String),
    Em(String),
    /// A link: its label and address.
    Link(String, String),
    /// An address shown as itself.
    Url(String),
    /// A line break within the paragraph.
    Break,
}

/// A list item: its first line, and lines after it within the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Item {
    pub spans: Vec<Span>,
    pub more: Vec<Vec<Span>>,
    /// Quoted lines (a note), under the item.
    pub quote: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Block {
    /// Level 1–3.
    Heading(u8, String),
    Para(Vec<Span>),
    /// A numbered list when true.
    List(bool, Vec<Item>),
    /// Header cells, then rows.
    Table(Vec<&'static str>, Vec<Vec<String>>),
}

fn text(text: impl Into<String>) -> Span {
    Span::Text(text.into())
}

fn item(spans: Vec<Span>) -> Item {
    Item {
        spans,
        more: Vec::new(),
        quote: Vec::new(),
    }
}

/// The action plan: readiness, next steps first, then the detail and the sources.
pub(super) fn blocks(plan: &ActionPlan<'_>) -> Vec<Block> {
    let found = plan.directory.map(|directory| {
        similar_communities(
            directory,
            plan.answers.domain(),
            plan.answers.name(),
            MATCH_LIMIT,
        )
    });
    let mut out = Vec::new();
    header(plan, &mut out);
    next_steps(plan, found.as_ref().and_then(Option::as_ref), &mut out);
    existing(plan, found.as_ref(), &mut out);
    strengths(plan, &mut out);
    unanswered(plan, &mut out);
    factor_table(plan, &mut out);
    all_answers(plan, &mut out);
    sources(plan, &mut out);
    out
}

fn header(plan: &ActionPlan<'_>, out: &mut Vec<Block>) {
    let ActionPlan {
        content,
        answers,
        outcome,
        ..
    } = plan;
    let name = answers.name().trim();
    out.push(Block::Heading(
        1,
        if name.is_empty() {
            "Starting a community of practice: readiness and next steps".into()
        } else {
            format!("Starting {name}: readiness and next steps")
        },
    ));
    let mut facts = Vec::new();
    if !answers.domain().trim().is_empty() {
        facts.extend([
            Span::Strong("Domain:".into()),
            text(format!(" {}", answers.domain().trim())),
            Span::Break,
        ]);
    }
    facts.push(Span::Strong("Readiness:".into()));
    let overall = outcome
        .overall
        .and_then(|overall| Some((overall, content.bands.get(overall.band)?)));
    match overall {
        Some((overall, band)) => {
            facts.push(text(format!(
                " {} ({}%), based on {} of {} statements{}.",
                band.label.trim(),
                overall.percent,
                outcome.answered,
                outcome.total,
                if overall.complete {
                    ""
                } else {
                    " (provisional: some statements are not answered yet)"
                },
            )));
            out.push(Block::Para(facts));
            out.push(Block::Para(vec![text(band.summary.trim())]));
        }
        None => {
            facts.push(text(" not assessed yet: no statement is answered."));
            out.push(Block::Para(facts));
        }
    }
    let mut made = "Self-assessment made with CoP Navigator".to_string();
    if let Some(date) = plan.date {
        made.push_str(" on ");
        made.push_str(date);
    }
    made.push('.');
    out.push(Block::Para(vec![Span::Em(made)]));
    if let Some(url) = plan.share_url {
        out.push(Block::Para(vec![
            text("Open these answers again: "),
            Span::Url(url.into()),
        ]));
    }
}

fn next_steps(plan: &ActionPlan<'_>, found: Option<&Matches>, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Next steps".into()));
    let steps = plan_steps(plan.outcome, found);
    if steps.is_empty() {
        out.push(Block::Para(vec![text(if plan.outcome.overall.is_some() {
            "No gaps: every factor you rated is in place."
        } else {
            "Answer the statements to see your top gaps and next steps."
        })]));
        return;
    }
    let items = steps
        .into_iter()
        .filter_map(|step| match step {
            PlanStep::TalkToExisting(count) => Some(item(vec![
                Span::Strong(talk_first(count)),
                text(format!(
                    ": {} See \"Does a community already exist?\".",
                    talk_first_why(count)
                )),
            ])),
            PlanStep::Gap(index) => {
                let factor = &plan.content.factors[index];
                let rating = plan.outcome.factors[index].rating?;
                let mut gap = item(vec![
                    Span::Strong(factor.name.clone()),
                    text(format!(
                        " ({}, {}%): {}",
                        plan.content.levels.get(rating.level),
                        rating.percent,
                        sentence(factor.next_steps.get(rating.level)),
                    )),
                ]);
                let links = help_links(plan, index);
                if !links.is_empty() {
                    gap.more.push(links);
                }
                Some(gap)
            }
        })
        .collect();
    out.push(Block::List(true, items));
}

/// "Read more: " and the distinct help links of a factor's statements.
fn help_links(plan: &ActionPlan<'_>, factor: usize) -> Vec<Span> {
    let links = plan.content.help_links(Some(factor));
    let mut spans = Vec::new();
    for (n, link) in links.into_iter().enumerate() {
        spans.push(text(if n == 0 { "Read more: " } else { ", " }));
        spans.push(match plan.app_url {
            Some(root) => Span::Link(
                link.label.clone(),
                format!("{}{}", root.trim_end_matches('/'), link.href),
            ),
            None => text(link.label.clone()),
        });
    }
    spans
}

/// A factor's level and score, said once: "Mostly, 67%".
fn rated(plan: &ActionPlan<'_>, index: usize) -> Option<String> {
    let rating = plan.outcome.factors[index].rating?;
    Some(format!(
        "{}, {}%",
        plan.content.levels.get(rating.level),
        rating.percent
    ))
}

fn strengths(plan: &ActionPlan<'_>, out: &mut Vec<Block>) {
    if plan.outcome.strengths.is_empty() {
        return;
    }
    out.push(Block::Heading(2, "Strengths".into()));
    let items = plan
        .outcome
        .strengths
        .iter()
        .filter_map(|&index| {
            Some(item(vec![
                Span::Strong(plan.content.factors[index].name.clone()),
                text(format!(" ({})", rated(plan, index)?)),
            ]))
        })
        .collect();
    out.push(Block::List(false, items));
}

fn unanswered(plan: &ActionPlan<'_>, out: &mut Vec<Block>) {
    if plan.outcome.unanswered.is_empty() {
        return;
    }
    out.push(Block::Heading(
        2,
        format!(
            "Not answered yet ({} of {})",
            plan.outcome.unanswered.len(),
            plan.outcome.total
        ),
    ));
    out.push(Block::Para(vec![text(
        "These are left out of the scores rather than counted as \"not yet\".",
    )]));
    let items = plan
        .content
        .statements()
        .filter(|(_, statement)| plan.outcome.unanswered.contains(&statement.id))
        .map(|(section, statement)| {
            item(vec![text(format!(
                "{}: {}",
                plan.content.sections[section].title.trim(),
                statement.text.trim()
            ))])
        })
        .collect();
    out.push(Block::List(false, items));
}

fn existing(plan: &ActionPlan<'_>, found: Option<&Option<Matches>>, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Does a community already exist?".into()));
    let say = |out: &mut Vec<Block>, words: String| out.push(Block::Para(vec![text(words)]));
    let Some(found) = found else {
        return say(
            out,
            "The community directory could not be loaded, so it was not searched.".into(),
        );
    };
    let Some(found) = found else {
        return say(
            out,
            "No domain was given, so the directory was not searched.".into(),
        );
    };
    if found.total == 0 {
        return say(
            out,
            format!("No community in the directory matches \"{}\".", found.words),
        );
    }
    say(
        out,
        format!(
            "{} in the directory {} \"{}\". Check {} before starting a new one:",
            communities(found.total),
            if found.total == 1 { "matches" } else { "match" },
            found.words,
            if found.total == 1 { "it" } else { "them" }
        ),
    );
    let Some(directory) = plan.directory else {
        return;
    };
    let items = found
        .shown
        .iter()
        .filter_map(|&index| directory.communities.get(index))
        .map(|community| {
            item(vec![
                Span::Strong(community.name.clone()),
                text(format!(
                    " ({}, {}): {}",
                    community.organisation.trim(),
                    community.status.label(),
                    sentence(&community.summary)
                )),
            ])
        })
        .collect();
    out.push(Block::List(false, items));
}

/// "1 community", "3 communities".
pub(super) fn communities(count: usize) -> String {
    if count == 1 {
        "1 community".into()
    } else {
        format!("{count} communities")
    }
}

fn factor_table(plan: &ActionPlan<'_>, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "All factors".into()));
    let rows = plan
        .outcome
        .factors
        .iter()
        .map(|score| {
            let (level, percent) = match score.rating {
                Some(rating) => (
                    plan.content.levels.get(rating.level).clone(),
                    format!("{}%", rating.percent),
                ),
                None => ("Not answered".into(), "–".into()),
            };
            vec![
                plan.content.factors[score.factor].name.clone(),
                level,
                percent,
                format!("{} of {}", score.answered, score.total),
            ]
        })
        .collect();
    out.push(Block::Table(
        vec!["Factor", "Level", "Score", "Answered"],
        rows,
    ));
}

fn all_answers(plan: &ActionPlan<'_>, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Your answers".into()));
    for section in &plan.content.sections {
        out.push(Block::Heading(3, section.title.clone()));
        let items = section
            .statements
            .iter()
            .map(|statement| {
                let answer = match plan.answers.level(&statement.id) {
                    Some(level) => Span::Strong(plan.content.levels.get(level).clone()),
                    None => Span::Em("Not answered".into()),
                };
                let mut line = item(vec![answer, text(format!(": {}", statement.text.trim()))]);
                let note = plan.answers.note(&statement.id).trim();
                if !note.is_empty() {
                    line.more.push(vec![text("Note:")]);
                    line.quote = note.lines().map(str::to_string).collect();
                }
                line
            })
            .collect();
        out.push(Block::List(false, items));
    }
}

fn sources(plan: &ActionPlan<'_>, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Sources".into()));
    let items = plan
        .content
        .sources
        .iter()
        .map(|source| {
            let mut line = sentence(&source.title);
            line.push(' ');
            line.push_str(source.publisher.trim());
            if let Some(year) = &source.year {
                line.push_str(", ");
                line.push_str(year.trim());
            }
            item(vec![text(sentence(&line))])
        })
        .collect();
    out.push(Block::List(false, items));
}

/// `text` trimmed, ending in one full stop unless it already ends a sentence
/// ("Plan it.", "Ready?"), so joined text never reads "it..", "it .".
pub(super) fn sentence(text: &str) -> String {
    let mut out = text.trim().trim_end_matches(['.', ' ']).to_string();
    // The last character that is not a closing quote or bracket.
    let last = out
        .trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .chars()
        .next_back();
    if !matches!(last, Some('?' | '!' | '…' | '.')) {
        out.push('.');
    }
    out
}
