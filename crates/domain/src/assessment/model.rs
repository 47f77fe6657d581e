//! The content of `assessment.json`: the four-point scale, readiness bands,
//! factors with next steps, and sections of statements.

use serde::Deserialize;

use crate::richtext::RichText;
use crate::sources::{Source, in_citation_order};

/// How far a statement is true today. The order matters: it is the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    NotYet,
    Partly,
    Mostly,
    InPlace,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::NotYet, Level::Partly, Level::Mostly, Level::InPlace];

    /// Points for scoring: 0 (not yet) to 3 (in place).
    pub fn points(self) -> u32 {
        self as u32
    }

    pub const MAX_POINTS: u32 = 3;

    /// The level for a number of points; more than 3 is "in place".
    pub fn from_points(points: u32) -> Level {
        match points {
            0 => Level::NotYet,
            1 => Level::Partly,
            2 => Level::Mostly,
            _ => Level::InPlace,
        }
    }

    /// The id used in JSON and in element ids: `not-yet`, `in-place`.
    pub fn id(self) -> &'static str {
        match self {
            Level::NotYet => "not-yet",
            Level::Partly => "partly",
            Level::Mostly => "mostly",
            Level::InPlace => "in-place",
        }
    }
}

/// One value for each level of the scale (labels, guidance, next steps).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PerLevel<T> {
    pub not_yet: T,
    pub partly: T,
    pub mostly: T,
    pub in_place: T,
}

impl<T> PerLevel<T> {
    pub fn get(&self, level: Level) -> &T {
        match level {
            Level::NotYet => &self.not_yet,
            Level::Partly => &self.partly,
            Level::Mostly => &self.mostly,
            Level::InPlace => &self.in_place,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (Level, &T)> {
        Level::ALL
            .into_iter()
            .map(move |level| (level, self.get(level)))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// What the assessment is, how long it takes, that nothing leaves the browser.
    pub intro: RichText,
    /// The scale's labels ("Not yet" … "In place").
    pub levels: PerLevel<String>,
    /// Readiness bands, lowest first; the first starts at 0 %.
    pub bands: Vec<Band>,
    /// What is scored: each statement counts towards one factor.
    pub factors: Vec<Factor>,
    /// The steps of the flow, each a group of statements.
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub label: String,
    /// A score at or above this percentage (and below the next band's) is in this band.
    pub min_percent: u32,
    pub summary: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    pub id: String,
    /// The one name used everywhere (chart, next steps, downloads): short
    /// enough for a chart label.
    pub name: String,
    pub summary: String,
    /// Ids of `sources` this factor comes from.
    #[serde(default)]
    pub sources: Vec<String>,
    /// What to do next, for a factor at each level.
    pub next_steps: PerLevel<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Also the step's name in the URL (`/assess?step=roles`).
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    /// Show directory matches for the person's domain in this step.
    #[serde(default)]
    pub show_matches: bool,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable: saved answers and share links refer to statements by id.
    pub id: String,
    /// The factor this statement counts towards.
    pub factor: String,
    pub text: String,
    /// What each level looks like for this statement.
    pub guidance: PerLevel<String>,
    /// Toolkit or role sections that help.
    pub help: Vec<HelpLink>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpLink {
    pub label: String,
    /// An app page from the allow-list in `check.rs` (`/toolkit?s=…`, `/roles?role=…`).
    pub href: String,
}

impl AssessmentFile {
    /// Every statement in order, with the index of its section.
    pub fn statements(&self) -> impl Iterator<Item = (usize, &Statement)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(index, section)| {
                section
                    .statements
                    .iter()
                    .map(move |statement| (index, statement))
            })
    }

    pub fn statement_count(&self) -> usize {
        self.sections.iter().map(|s| s.statements.len()).sum()
    }

    pub fn factor_index(&self, id: &str) -> Option<usize> {
        self.factors.iter().position(|factor| factor.id == id)
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|section| section.id == id)
    }

    /// The statements' help links without repeats (the first label given for
    /// each address), in statement order: of every statement, or (`Some(i)`)
    /// of the statements counting towards factor `i`. One list for the
    /// result page and the action plan.
    pub fn help_links(&self, factor: Option<usize>) -> Vec<&HelpLink> {
        let factor_id = match factor {
            Some(index) => match self.factors.get(index) {
                Some(factor) => Some(factor.id.as_str()),
                None => return Vec::new(),
            },
            None => None,
        };
        let mut links: Vec<&HelpLink> = Vec::new();
        for (_, statement) in self.statements() {
            if factor_id.is_some_and(|id| id != statement.factor) {
                continue;
            }
            for link in &statement.help {
                if !links.iter().any(|seen| seen.href == link.href) {
                    links.push(link);
                }
            }
        }
        links
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// Sources in the order readers meet them: those the intro cites, then
    /// the rest (cited by factors) in file order. Number n is at index n − 1.
    pub fn numbered_sources(&self) -> Vec<&Source> {
        in_citation_order(&self.sources, [&self.intro])
    }

    /// The band a percentage falls in (an index into `bands`). Validated data
    /// starts at 0 and rises; anything else still gets an answer, never a panic.
    pub fn band_for(&self, percent: u32) -> usize {
        self.bands
            .iter()
            .rposition(|band| band.min_percent <= percent)
            .unwrap_or(0)
    }
}
