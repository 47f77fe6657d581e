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

use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::answers::{AssessmentAnswers, MAX_DOMAIN, MAX_NAME, MAX_NOTE, MAX_RESPONSES};
use super::model::Level;
use crate::content::parse_json;
use crate::date::Date;

/// The value of `format` in every saved file.
pub const FORMAT: &str = "cop-navigator-assessment";
/// The localStorage key where the self-assessment autosaves the answers (in
/// this file format), and where Start together finds the person's own.
pub const BROWSER_KEY: &str = "cop-navigator.assessment";
/// The version this code writes and reads.
pub const VERSION: u32 = 1;
/// A saved file is a few KB; anything far larger is the wrong file.
pub const MAX_SAVED_BYTES: usize = 512 * 1024;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    /// `YYYY-MM-DD`; read back by [`from_json_dated`] only.
    #[serde(default)]
    saved_on: Option<String>,
    community: Community,
    answers: Entries,
}

/// Shared with the group file, whose people have the same two fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Community {
    #[serde(default)]
    name: String,
    #[serde(default)]
    domain: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedResponse {
    #[serde(default)]
    level: Option<Level>,
    #[serde(default)]
    note: String,
}

/// The answers object, in file order. (A plain vector rather than a map
/// type: less code in the app, and `AssessmentAnswers` orders them anyway.)
pub(super) struct Entries(Vec<(String, SavedResponse)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, SavedResponse>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

/// The answers as a saved file (pretty JSON, keys in a fixed order).
/// `saved_on` is today's date, if known. Written by hand: the app needs
/// no JSON serialiser for anything else.
pub fn to_json(answers: &AssessmentAnswers, saved_on: Option<&str>) -> String {
    let mut out = format!(
        "{{\n  \"format\": {},\n  \"version\": {VERSION},\n",
        json_string(FORMAT)
    );
    if let Some(date) = saved_on {
        out += &format!("  \"saved_on\": {},\n", json_string(date));
    }
    out + &community_and_answers(answers, "  ") + "\n}\n"
}

/// The `community` and `answers` members, each line starting with `indent`
/// (also each person's part of a group file), without a final line break.
pub(super) fn community_and_answers(answers: &AssessmentAnswers, indent: &str) -> String {
    let mut out = format!(
        "{indent}\"community\": {{\n{indent}  \"name\": {},\n{indent}  \"domain\": {}\n{indent}}},\n{indent}\"answers\": {{",
        json_string(answers.name()),
        json_string(answers.domain())
    );
    let mut first = true;
    for (id, response) in answers.responses() {
        let mut fields = Vec::new();
        if let Some(level) = response.level {
            fields.push(format!("\"level\": \"{}\"", level.id()));
        }
        if !response.note.is_empty() {
            fields.push(format!("\"note\": {}", json_string(&response.note)));
        }
        out += if first { "\n" } else { ",\n" };
        first = false;
        out += &format!(
            "{indent}  {}: {{\n{indent}    {}\n{indent}  }}",
            json_string(id),
            fields.join(&format!(",\n{indent}    "))
        );
    }
    out += &if first {
        "}".to_string()
    } else {
        format!("\n{indent}}}")
    };
    out
}

/// A JSON string literal for `text`.
pub(super) fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads a saved file named `file` (the name is used in messages). Every
/// problem is one message a person can act on; nothing panics.
pub fn from_json(file: &str, bytes: &[u8]) -> Result<AssessmentAnswers, String> {
    from_json_dated(file, bytes).map(|(answers, _)| answers)
}

/// [`from_json`], also giving the file's `saved_on` date (`None` when it has
/// none or it is not a `YYYY-MM-DD` date: the date only informs, so a file
/// with an odd one still opens, as [`from_json`] opens it).
pub fn from_json_dated(
    file: &str,
    bytes: &[u8],
) -> Result<(AssessmentAnswers, Option<Date>), String> {
    if bytes.len() > MAX_SAVED_BYTES {
        return Err(format!(
            "{file} is {} KB; a saved self-assessment is at most {} KB. Is this the right file?",
            bytes.len().div_ceil(1024),
            MAX_SAVED_BYTES / 1024
        ));
    }
    let probe: Probe = parse_json(file, bytes).map_err(|e| e.to_string())?;
    check_format(file, &probe)?;
    let saved: SavedFile = parse_json(file, bytes).map_err(|e| e.to_string())?;
    let saved_on = read_date(saved.saved_on.as_deref());
    Ok((build(file, saved.community, saved.answers)?, saved_on))
}

/// A `saved_on` value as a date, if it is one.
pub(super) fn read_date(text: Option<&str>) -> Option<Date> {
    text.and_then(|text| Date::parse(text).ok())
}

/// Just `format` and `version`, whatever their types, ignoring the rest.
#[derive(Deserialize)]
pub(super) struct Probe {
    #[serde(default)]
    pub(super) format: Loose,
    #[serde(default)]
    pub(super) version: Loose,
}

/// Any JSON value, reduced to what the format check needs.
#[derive(Default, PartialEq)]
pub(super) enum Loose {
    #[default]
    Missing,
    Text(String),
    Number(u64),
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, text: &str) -> Result<Loose, E> {
                Ok(Loose::Text(text.to_string()))
            }
            fn visit_u64<E>(self, number: u64) -> Result<Loose, E> {
                Ok(Loose::Number(number))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

fn check_format(file: &str, probe: &Probe) -> Result<(), String> {
    if probe.format != Loose::Text(FORMAT.to_string()) {
        return Err(format!(
            "{file} is not a saved self-assessment from CoP Navigator (it has no \"format\": \"{FORMAT}\")."
        ));
    }
    match &probe.version {
        Loose::Number(version) if *version == u64::from(VERSION) => Ok(()),
        Loose::Number(version) if *version > u64::from(VERSION) => Err(format!(
            "{file} was saved by a newer version of CoP Navigator (format version {version}); this version reads version {VERSION}. Reload the page to get the newest version, then try again."
        )),
        other => {
            let shown = match other {
                Loose::Missing => "none".to_string(),
                Loose::Text(text) => format!("\"{text}\""),
                Loose::Number(number) => number.to_string(),
                Loose::Other => "not a number".to_string(),
            };
            Err(format!(
                "{file} has an unknown format version ({shown}); this version of CoP Navigator reads version {VERSION}."
            ))
        }
    }
}

/// The answers in a file's `community` and `answers`; `file` starts each
/// message (a group file passes "team.json, person 2 (AB)").
pub(super) fn build(
    file: &str,
    community: Community,
    entries: Entries,
) -> Result<AssessmentAnswers, String> {
    let too_long = |field: &str, text: &str, max: usize| {
        let length = text.chars().count();
        (length > max)
            .then(|| format!("{file}: `{field}` is {length} characters long; the limit is {max}."))
    };
    if let Some(problem) = too_long("community.name", &community.name, MAX_NAME)
        .or_else(|| too_long("community.domain", &community.domain, MAX_DOMAIN))
    {
        return Err(problem);
    }
    if entries.0.len() > MAX_RESPONSES {
        return Err(format!(
            "{file}: `answers` has {} entries; a self-assessment has at most {MAX_RESPONSES}.",
            entries.0.len()
        ));
    }
    let mut answers = AssessmentAnswers::default();
    answers.set_name(&community.name);
    answers.set_domain(&community.domain);
    for (id, response) in &entries.0 {
        if !crate::ids::is_valid_id(id) {
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

/// A file name for downloads: `community-readiness-events-people.md`, from
/// the community's name (ASCII letters and digits, at most 40 characters).
pub fn file_name(name: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in crate::search::fold(name).chars() {
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
