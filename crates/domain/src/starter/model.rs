//! The content of `starter.json`: the wording of the starter documents, with
//! placeholders the assembler fills from the self-assessment (and the guide).

use serde::Deserialize;

use crate::assessment::Level;
use crate::sources::Source;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StarterFile {
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// What the documents are, for the page that offers them.
    pub intro: String,
    /// What a placeholder shows when its value is missing ("[to agree: …]").
    pub prompts: Prompts,
    /// How the values made of several parts are worded.
    pub wording: Wording,
    /// Which statement says whether each role (of roles.json) is filled.
    pub roles: Vec<RoleStatus>,
    /// The role whose description says what is asked of a sponsor.
    pub sponsor: SponsorAsks,
    /// Placeholders filled with the person's note on a statement.
    #[serde(default)]
    pub notes: Vec<NoteField>,
    pub documents: Vec<DocumentTemplate>,
    /// The heading of the list of sources at the end of each document.
    pub sources_heading: String,
    pub sources: Vec<Source>,
}

/// The visible prompt for each placeholder whose value can be missing.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompts {
    pub community: String,
    pub domain: String,
    pub people: String,
    pub readiness: String,
    pub strengths: String,
    pub gaps: String,
    pub first_90_days: String,
    pub roles_filled: String,
    pub roles_open: String,
    pub sponsor_asks: String,
    pub guide_result: String,
    pub guide_words: String,
}

/// Templates for values built from several parts; each may use only the
/// names listed for it in `check.rs` (`WORDING_NAMES`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// `{people}` when one person answered.
    pub people_one: String,
    /// `{people}` for a group: `{count}`.
    pub people_many: String,
    /// `{readiness}`: `{band}`, `{percent}`, `{answered}`, `{total}`.
    pub readiness: String,
    /// Each item of `{strengths}`: `{factor}`, `{level}`, `{percent}`.
    pub strength: String,
    /// Each item of `{gaps}`: `{factor}`, `{level}`, `{percent}`, `{next_step}`.
    pub gap: String,
    /// The period each gap's step falls in, most urgent gap first; gaps
    /// beyond the list take its last entry.
    pub plan_periods: Vec<String>,
    /// Each item of `{first_90_days}`: `{period}`, `{factor}`, `{level}`,
    /// `{percent}`, `{next_step}`.
    pub plan: String,
    /// Each item of `{roles_filled}` and `{roles_open}`: `{role}`, `{summary}`.
    pub role: String,
    /// Each item of `{sponsor_asks}`: `{aspect}`, `{text}`.
    pub sponsor_ask: String,
}

/// A role of roles.json and the statement of assessment.json that says
/// whether someone has taken it on.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleStatus {
    /// A role id of roles.json.
    pub role: String,
    /// A statement id of assessment.json.
    pub statement: String,
    /// The role counts as filled when the answer is at this level or above.
    pub filled_at: Level,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SponsorAsks {
    /// A role id of roles.json.
    pub role: String,
    /// Aspect ids of roles.json, in the order the asks are listed.
    pub aspects: Vec<String>,
}

/// A placeholder `{name}` filled with the note the person wrote on a statement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteField {
    pub name: String,
    /// A statement id of assessment.json.
    pub statement: String,
    /// Shown when there is no note.
    pub prompt: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentTemplate {
    /// Stable: also names the downloaded file.
    pub id: String,
    pub title: String,
    /// The first paragraph.
    pub intro: String,
    pub sections: Vec<SectionTemplate>,
    /// Ids of `sources` listed at the end of the document.
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionTemplate {
    pub heading: String,
    /// A placeholder name: the section is left out when it has no value.
    #[serde(default)]
    pub when: Option<String>,
    pub blocks: Vec<BlockTemplate>,
}

/// A paragraph or a list (exactly one of the two).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockTemplate {
    #[serde(default)]
    pub paragraph: Option<String>,
    /// Items; an item that is a list placeholder alone (`{gaps}`) becomes
    /// one item per entry.
    #[serde(default)]
    pub list: Option<Vec<String>>,
    /// A placeholder name: the block is left out when it has no value.
    #[serde(default)]
    pub when: Option<String>,
}

impl StarterFile {
    pub fn document(&self, id: &str) -> Option<&DocumentTemplate> {
        self.documents.iter().find(|document| document.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}
