//! Filling the documents' wording from the answers: each placeholder's
//! value is worked out once, then every text is filled in one pass.

use super::model::{DocumentTemplate, StarterFile};
use super::template::{self, Kind};
use crate::assessment::{AssessmentAnswers, AssessmentFile, Outcome};
use crate::date::Date;
use crate::richtext::{Block as RichBlock, Inline, walk};
use crate::roles::RolesFile;

/// What the documents are made from.
pub struct StarterInput<'a> {
    pub assessment: &'a AssessmentFile,
    pub roles: &'a RolesFile,
    /// One person's answers, or a group's combined.
    pub answers: &'a AssessmentAnswers,
    /// The score of `answers`.
    pub outcome: &'a Outcome,
    /// How many people's answers `answers` stands for.
    pub people: usize,
    /// The guide's result, when the person came from the guide.
    pub guide: Option<GuideContext>,
    pub today: Date,
}

/// The guide's result as the documents quote it (see `guide_context`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideContext {
    /// The best-fitting form's name, or "a mixed result: X or Y".
    pub result: String,
    /// What the person said the group would be about (may be empty).
    pub words: String,
}

/// A filled-in document: plain text throughout, never markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
}

/// Every document of `starter`, in file order, filled from `input`.
pub fn assemble(starter: &StarterFile, input: &StarterInput<'_>) -> Vec<Document> {
    let values = Values::new(starter, input);
    starter
        .documents
        .iter()
        .map(|document| values.document(document))
        .collect()
}

/// A placeholder's value for these answers.
enum Value {
    Text(String),
    List(Vec<String>),
    /// Shown as the data's prompt.
    Missing,
}

struct Values<'a> {
    starter: &'a StarterFile,
    values: Vec<(&'a str, Value)>,
}

impl<'a> Values<'a> {
    fn new(starter: &'a StarterFile, input: &StarterInput<'_>) -> Values<'a> {
        let text = |value: &str| {
            let value = value.trim();
            if value.is_empty() {
                Value::Missing
            } else {
                Value::Text(value.to_string())
            }
        };
        let list = |items: Vec<String>| {
            if items.is_empty() {
                Value::Missing
            } else {
                Value::List(items)
            }
        };
        let (filled, open) = roles(starter, input);
        let guide = input.guide.as_ref();
        let mut values: Vec<(&'a str, Value)> = template::PLACEHOLDERS
            .iter()
            .map(|(name, _)| {
                let value = match *name {
                    "community" => text(input.answers.name()),
                    "domain" => text(input.answers.domain()),
                    "people" => people(starter, input.people),
                    "date" => Value::Text(input.today.long()),
                    "readiness" => readiness(starter, input),
                    "guide_result" => text(guide.map_or("", |g| g.result.as_str())),
                    "guide_words" => text(guide.map_or("", |g| g.words.as_str())),
                    "strengths" => list(strengths(starter, input)),
                    "gaps" => list(gaps(starter, input, false)),
                    "first_90_days" => list(gaps(starter, input, true)),
                    "roles_filled" => list(filled.clone()),
                    "roles_open" => list(open.clone()),
                    "sponsor_asks" => list(sponsor_asks(starter, input.roles)),
                    _ => Value::Missing,
                };
                (*name, value)
            })
            .collect();
        for note in &starter.notes {
            if template::builtin(&note.name).is_none() {
                values.push((
                    note.name.as_str(),
                    text(input.answers.note(&note.statement)),
                ));
            }
        }
        Values { starter, values }
    }

    fn value(&self, name: &str) -> Option<&Value> {
        self.values
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, value)| value)
    }

    fn prompt(&self, name: &str) -> String {
        let prompts = &self.starter.prompts;
        let prompt = match name {
            "community" => &prompts.community,
            "domain" => &prompts.domain,
            "people" => &prompts.people,
            "readiness" => &prompts.readiness,
            "strengths" => &prompts.strengths,
            "gaps" => &prompts.gaps,
            "first_90_days" => &prompts.first_90_days,
            "roles_filled" => &prompts.roles_filled,
            "roles_open" => &prompts.roles_open,
            "sponsor_asks" => &prompts.sponsor_asks,
            "guide_result" => &prompts.guide_result,
            "guide_words" => &prompts.guide_words,
            _ => match self.starter.notes.iter().find(|note| note.name == name) {
                Some(note) => &note.prompt,
                None => return format!("{{{name}}}"),
            },
        };
        prompt.clone()
    }

    fn has_value(&self, name: &str) -> bool {
        matches!(self.value(name), Some(Value::Text(_) | Value::List(_)))
    }

    /// A text with every placeholder filled. A list in running text (which
    /// the rules refuse) is joined with semicolons rather than dropped.
    fn text(&self, text: &str) -> String {
        template::fill(text, |name| match self.value(name)? {
            Value::Text(value) => Some(value.clone()),
            Value::List(items) => Some(items.join("; ")),
            Value::Missing => Some(self.prompt(name)),
        })
    }

    /// A list's items: a list placeholder alone in an item becomes its entries.
    fn items(&self, items: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for item in items {
            let name = template::alone(item).filter(|&name| self.is_list(name));
            match name.and_then(|name| self.value(name)) {
                Some(Value::List(entries)) => out.extend(entries.iter().cloned()),
                _ => out.push(self.text(item)),
            }
        }
        out
    }

    fn is_list(&self, name: &str) -> bool {
        template::builtin(name) == Some(Kind::List)
    }

    fn shown(&self, when: Option<&String>) -> bool {
        when.is_none_or(|name| self.has_value(name))
    }

    fn document(&self, document: &DocumentTemplate) -> Document {
        let mut blocks = vec![Block::Paragraph(self.text(&document.intro))];
        for section in &document.sections {
            if !self.shown(section.when.as_ref()) {
                continue;
            }
            blocks.push(Block::Heading(self.text(&section.heading)));
            for block in &section.blocks {
                if !self.shown(block.when.as_ref()) {
                    continue;
                }
                if let Some(paragraph) = &block.paragraph {
                    blocks.push(Block::Paragraph(self.text(paragraph)));
                }
                if let Some(items) = &block.list {
                    blocks.push(Block::List(self.items(items)));
                }
            }
        }
        let sources: Vec<String> = document
            .sources
            .iter()
            .filter_map(|id| self.starter.source(id))
            .map(|source| {
                let mut line = sentence(&source.title);
                line.push(' ');
                match &source.year {
                    Some(year) => {
                        line.push_str(&sentence(&format!("{}, {year}", source.publisher)))
                    }
                    None => line.push_str(&sentence(&source.publisher)),
                }
                if let Some(url) = &source.url {
                    line.push(' ');
                    line.push_str(url);
                }
                line
            })
            .collect();
        if !sources.is_empty() {
            blocks.push(Block::Heading(self.starter.sources_heading.clone()));
            blocks.push(Block::List(sources));
        }
        Document {
            id: document.id.clone(),
            title: self.text(&document.title),
            blocks,
        }
    }
}

/// `text` ending in a full stop, unless it ends in one already (or `?`, `!`).
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// A template filled with its own named parts (`{factor}`, `{count}`).
fn worded(template: &str, parts: &[(&str, &str)]) -> String {
    template::fill(template, |name| {
        parts
            .iter()
            .find(|(part, _)| *part == name)
            .map(|(_, value)| value.to_string())
    })
}

fn people(starter: &StarterFile, count: usize) -> Value {
    match count {
        0 => Value::Missing,
        1 => Value::Text(starter.wording.people_one.clone()),
        _ => Value::Text(worded(
            &starter.wording.people_many,
            &[("count", &count.to_string())],
        )),
    }
}

fn readiness(starter: &StarterFile, input: &StarterInput<'_>) -> Value {
    let Some(overall) = input.outcome.overall else {
        return Value::Missing;
    };
    let Some(band) = input.assessment.bands.get(overall.band) else {
        return Value::Missing;
    };
    Value::Text(worded(
        &starter.wording.readiness,
        &[
            ("band", &band.label),
            ("percent", &overall.percent.to_string()),
            ("answered", &input.outcome.answered.to_string()),
            ("total", &input.outcome.total.to_string()),
        ],
    ))
}

fn strengths(starter: &StarterFile, input: &StarterInput<'_>) -> Vec<String> {
    input
        .outcome
        .strengths
        .iter()
        .filter_map(|&index| {
            let factor = input.assessment.factors.get(index)?;
            let rating = input.outcome.factor(index)?.rating?;
            Some(worded(
                &starter.wording.strength,
                &[
                    ("factor", &factor.name),
                    ("level", input.assessment.levels.get(rating.level)),
                    ("percent", &rating.percent.to_string()),
                ],
            ))
        })
        .collect()
}

/// `{gaps}`, or with `planned` `{first_90_days}`: the same gaps, each in a period.
fn gaps(starter: &StarterFile, input: &StarterInput<'_>, planned: bool) -> Vec<String> {
    let wording = &starter.wording;
    input
        .outcome
        .gaps
        .iter()
        .enumerate()
        .filter_map(|(rank, &index)| {
            let factor = input.assessment.factors.get(index)?;
            let rating = input.outcome.factor(index)?.rating?;
            let percent = rating.percent.to_string();
            let mut parts = vec![
                ("factor", factor.name.as_str()),
                ("level", input.assessment.levels.get(rating.level).as_str()),
                ("percent", percent.as_str()),
                ("next_step", factor.next_steps.get(rating.level).as_str()),
            ];
            if !planned {
                return Some(worded(&wording.gap, &parts));
            }
            let periods = &wording.plan_periods;
            let period = periods.get(rank).or(periods.last())?;
            parts.push(("period", period));
            Some(worded(&wording.plan, &parts))
        })
        .collect()
}

/// The roles the data maps to statements: (filled, still open), as items.
fn roles(starter: &StarterFile, input: &StarterInput<'_>) -> (Vec<String>, Vec<String>) {
    let (mut filled, mut open) = (Vec::new(), Vec::new());
    for status in &starter.roles {
        let Some(role) = input
            .roles
            .role_index(&status.role)
            .map(|index| &input.roles.roles[index])
        else {
            continue;
        };
        let item = worded(
            &starter.wording.role,
            &[("role", &role.name), ("summary", &role.summary)],
        );
        match input.answers.level(&status.statement) {
            Some(level) if level >= status.filled_at => filled.push(item),
            _ => open.push(item),
        }
    }
    (filled, open)
}

/// What the sponsor role's description in roles.json asks, one item per
/// aspect listed (aspects the sources leave blank are left out).
fn sponsor_asks(starter: &StarterFile, roles: &RolesFile) -> Vec<String> {
    let Some(role) = roles
        .role_index(&starter.sponsor.role)
        .map(|index| &roles.roles[index])
    else {
        return Vec::new();
    };
    starter
        .sponsor
        .aspects
        .iter()
        .filter_map(|id| {
            let aspect = &roles.aspects[roles.aspect_index(id)?];
            let text = role.aspects.get(id)?.text.as_ref()?;
            Some(worded(
                &starter.wording.sponsor_ask,
                &[("aspect", &aspect.name), ("text", &plain(&text.blocks))],
            ))
        })
        .collect()
}

/// Rich text as one line of words: citations dropped, with the space
/// before them ("objectives [^x]." → "objectives.").
fn plain(blocks: &[RichBlock]) -> String {
    let mut out = String::new();
    walk(blocks, &mut |inline| {
        if let Inline::Text(text) = inline {
            out.push_str(text);
        }
    });
    let words = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut tidy = String::with_capacity(words.len());
    let mut chars = words.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' && chars.peek().is_some_and(|next| ".,;:)".contains(*next)) {
            continue;
        }
        tidy.push(c);
    }
    tidy
}
