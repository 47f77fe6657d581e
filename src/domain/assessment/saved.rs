//! The saved-answers file (download, load to resume, and what the browser
//! keeps in local storage): versioned JSON.
//!
//! ```json
//! { "format": "cop-navigator-assessment", "version": 1, "saved_on": "2026-03-01",
//!   "community": { "name": "…", "domain": "…" },
//!   "answers": { "role-sponsor": { "level": "partly", "note": "…" } } }
//! ```
//! Reading checks the format marker and version before anything else, so a
//! wrong file gets a plain answer rather than a parser's complaint.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answers, MAX_DOMAIN, MAX_NAME, MAX_NOTE, MAX_RESPONSES};
use super::model::Level;
use crate::domain::content::parse_json;

/// The value of `format` in every saved file.
pub const FORMAT: &str = "cop-navigator-assessment";
/// The version this code writes and reads.
pub const VERSION: u32 = 1;
/// A saved file is a few KB; anything far larger is the wrong file.
pub const MAX_SAVED_BYTES: usize = 512 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedFile {
    format: String,
    version: u32,
    /// `YYYY-MM-DD`, for the person's benefit; not read back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_on: Option<String>,
    community: Community,
    answers: BTreeMap<String, SavedResponse>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Community {
    #[serde(default)]
    name: String,
    #[serde(default)]
    domain: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

/// The answers as a saved file. `saved_on` is today's date, if known.
pub fn to_json(answers: &Answers, saved_on: Option<&str>) -> String {
    let file = SavedFile {
        format: FORMAT.to_string(),
        version: VERSION,
        saved_on: saved_on.map(str::to_string),
        community: Community {
            name: answers.name().to_string(),
            domain: answers.domain().to_string(),
        },
        answers: answers
            .responses()
            .map(|(id, response)| {
                (
                    id.to_string(),
                    SavedResponse {
                        level: response.level,
                        note: response.note.clone(),
                    },
                )
            })
            .collect(),
    };
    // Plain strings and maps always serialise; the fallback is unreachable.
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// Reads a saved file named `file` (the name is used in messages). Every
/// problem is one message a person can act on; nothing panics.
pub fn from_json(file: &str, bytes: &[u8]) -> Result<Answers, String> {
    if bytes.len() > MAX_SAVED_BYTES {
        return Err(format!(
            "{file} is {} KB; a saved self-assessment is at most {} KB. Is this the right file?",
            bytes.len().div_ceil(1024),
            MAX_SAVED_BYTES / 1024
        ));
    }
    let value: serde_json::Value = parse_json(file, bytes).map_err(|e| e.to_string())?;
    check_format(file, &value)?;
    let saved: SavedFile = parse_json(file, bytes).map_err(|e| e.to_string())?;
    build(file, saved)
}

fn check_format(file: &str, value: &serde_json::Value) -> Result<(), String> {
    let not_ours = || {
        format!(
            "{file} is not a saved self-assessment from CoP Navigator (it has no \"format\": \"{FORMAT}\")."
        )
    };
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(not_ours());
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(version) if version == u64::from(VERSION) => Ok(()),
        Some(version) if version > u64::from(VERSION) => Err(format!(
            "{file} was saved by a newer version of CoP Navigator (format version {version}); this version reads version {VERSION}. Reload the page to get the newest version, then try again."
        )),
        _ => Err(format!(
            "{file} has an unknown format version ({}); this version of CoP Navigator reads version {VERSION}.",
            value
                .get("version")
                .map_or("none".to_string(), |v| v.to_string())
        )),
    }
}

fn build(file: &str, saved: SavedFile) -> Result<Answers, String> {
    let too_long = |field: &str, text: &str, max: usize| {
        let length = text.chars().count();
        (length > max)
            .then(|| format!("{file}: `{field}` is {length} characters long; the limit is {max}."))
    };
    if let Some(problem) = too_long("community.name", &saved.community.name, MAX_NAME)
        .or_else(|| too_long("community.domain", &saved.community.domain, MAX_DOMAIN))
    {
        return Err(problem);
    }
    if saved.answers.len() > MAX_RESPONSES {
        return Err(format!(
            "{file}: `answers` has {} entries; a self-assessment has at most {MAX_RESPONSES}.",
            saved.answers.len()
        ));
    }
    let mut answers = Answers::default();
    answers.set_name(&saved.community.name);
    answers.set_domain(&saved.community.domain);
    for (id, response) in &saved.answers {
        if !is_statement_id(id) {
            return Err(format!(
                "{file}: `answers` has \"{id}\", which is not a statement id (lower-case letters, digits and hyphens)."
            ));
        }
        if let Some(problem) = too_long(&format!("answers.{id}.note"), &response.note, MAX_NOTE) {
            return Err(problem);
        }
        answers.set_level(id, response.level);
        answers.set_note(id, &response.note);
    }
    Ok(answers)
}

pub(super) fn is_statement_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A file name for downloads: `community-readiness-events-people.md`, from
/// the community's name (ASCII letters and digits, at most 40 characters).
pub fn file_name(name: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in crate::domain::search::fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_matches('-');
    if slug.is_empty() {
        format!("community-readiness.{extension}")
    } else {
        format!("community-readiness-{slug}.{extension}")
    }
}
