//! The group as one file and as one link.
//!
//! The file is versioned JSON; each person has the fields of a saved
//! answers file (`community`, `answers`), so one reader checks both:
//!
//! ```json
//! { "format": "cop-navigator-group", "version": 1, "saved_on": "2026-03-01",
//!   "people": [ { "label": "AB", "saved_on": "2026-02-20",
//!                 "community": { "name": "…", "domain": "…" },
//!                 "answers": { "role-sponsor": { "level": "partly" } } } ] }
//! ```
//!
//! The link's code is `1.` and base64url of UTF-8 lines: per person, a line
//! `@<saved on, or nothing> <label>` and then that person's share-link lines
//! (`share.rs`). No statement id starts with `@`, so people are told apart
//! from answers.

use serde::Deserialize;

use super::{Group, MAX_LABEL, MAX_PEOPLE, Member, clean_label};
use crate::assessment::base64;
use crate::assessment::saved::{
    Community, Entries, build, community_and_answers, json_string, read_date,
};
use crate::assessment::share::{escape, lines, read, unescape};
use crate::content::{MAX_FILE_BYTES, parse_json};
use crate::date::Date;

/// The value of `format` in a group file.
pub const GROUP_FORMAT: &str = "cop-navigator-group";
/// The group file version this code writes and reads.
pub const GROUP_VERSION: u32 = 1;
/// The group link version this code writes and reads.
pub const GROUP_LINK_VERSION: u32 = 1;
/// Longer group codes are neither written nor read: twelve full
/// assessments with notes fit, and a longer address breaks in mail.
pub const MAX_GROUP_CODE: usize = 400_000;

const DAMAGED: &str = "This group link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again, or for the group's saved file.";

/// A group file's people and the date it was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedGroup {
    pub group: Group,
    pub saved_on: Option<Date>,
}

/// The group as a file: 2-space JSON, keys in a fixed order. `saved_on` is
/// today, if known.
pub fn group_to_json(group: &Group, saved_on: Option<Date>) -> String {
    let mut out = format!(
        "{{\n  \"format\": {},\n  \"version\": {GROUP_VERSION},\n",
        json_string(GROUP_FORMAT)
    );
    if let Some(date) = saved_on {
        out += &format!("  \"saved_on\": \"{date}\",\n");
    }
    let people: Vec<String> = group.members.iter().map(person_json).collect();
    if people.is_empty() {
        out += "  \"people\": []\n}\n";
    } else {
        out += &format!("  \"people\": [\n{}\n  ]\n}}\n", people.join(",\n"));
    }
    out
}

/// One person's object, indented for the `people` array.
fn person_json(member: &Member) -> String {
    let mut out = format!(
        "    {{\n      \"label\": {},\n",
        json_string(&clean_label(&member.label))
    );
    if let Some(date) = member.saved_on {
        out += &format!("      \"saved_on\": \"{date}\",\n");
    }
    out + &community_and_answers(&member.answers, "      ") + "\n    }"
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    saved_on: Option<String>,
    people: Vec<PersonEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonEntry {
    #[serde(default)]
    label: String,
    #[serde(default)]
    saved_on: Option<String>,
    community: Community,
    answers: Entries,
}

/// Just the fields checked before the rest is read.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: serde_json::Value,
    #[serde(default)]
    version: serde_json::Value,
}

/// Reads a group file named `file` (the name starts every message).
pub fn group_from_json(file: &str, bytes: &[u8]) -> Result<SavedGroup, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{file} is {} KB; a saved group is at most {} KB. Is this the right file?",
            bytes.len().div_ceil(1024),
            MAX_FILE_BYTES / 1024
        ));
    }
    let probe: Probe = parse_json(file, bytes).map_err(|e| e.to_string())?;
    check_format(file, &probe)?;
    let saved: GroupFile = parse_json(file, bytes).map_err(|e| e.to_string())?;
    if saved.people.len() > MAX_PEOPLE {
        return Err(format!(
            "{file} has {} people; a group can have at most {MAX_PEOPLE}. Add people from their own links or files instead, up to {MAX_PEOPLE}.",
            saved.people.len()
        ));
    }
    let members = saved
        .people
        .into_iter()
        .enumerate()
        .map(|(index, entry)| person(file, index, entry))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SavedGroup {
        group: Group { members },
        saved_on: read_date(saved.saved_on.as_deref()),
    })
}

fn check_format(file: &str, probe: &Probe) -> Result<(), String> {
    if probe.format.as_str() != Some(GROUP_FORMAT) {
        return Err(format!(
            "{file} is not a group saved by CoP Navigator (it has no \"format\": \"{GROUP_FORMAT}\")."
        ));
    }
    match probe.version.as_u64() {
        Some(version) if version == u64::from(GROUP_VERSION) => Ok(()),
        Some(version) if version > u64::from(GROUP_VERSION) => Err(format!(
            "{file} was saved by a newer version of CoP Navigator (group format version {version}); this version reads version {GROUP_VERSION}. Reload the page to get the newest version, then try again."
        )),
        _ => Err(format!(
            "{file} has an unknown group format version ({}); this version of CoP Navigator reads version {GROUP_VERSION}.",
            probe.version
        )),
    }
}

/// Person `index` of a group file, checked like a saved answers file.
fn person(file: &str, index: usize, entry: PersonEntry) -> Result<Member, String> {
    let label = entry.label.trim();
    let named = if label.is_empty() {
        format!("{file}, person {}", index + 1)
    } else {
        format!("{file}, person {} ({label})", index + 1)
    };
    let length = label.chars().count();
    if length > MAX_LABEL {
        return Err(format!(
            "{named}: `label` is {length} characters long; the limit is {MAX_LABEL}."
        ));
    }
    let answers = build(&named, entry.community, entry.answers)?;
    Ok(Member::new(
        label,
        answers,
        read_date(entry.saved_on.as_deref()),
    ))
}

/// The group as a link code (the value of `g`), or why it cannot be one.
pub fn group_encode(group: &Group) -> Result<String, String> {
    let mut text = String::new();
    for member in &group.members {
        let date = member.saved_on.map(|d| d.to_string()).unwrap_or_default();
        text += &format!("@{date} {}\n", escape(&clean_label(&member.label)));
        text += &lines(&member.answers);
    }
    let code = format!("{GROUP_LINK_VERSION}.{}", base64::encode(text.as_bytes()));
    if code.len() > MAX_GROUP_CODE {
        return Err(format!(
            "This group is too large to share as a link ({} KB; a link can hold {} KB): long notes make it large. Save the group as a file and send that instead.",
            code.len().div_ceil(1000),
            MAX_GROUP_CODE / 1000
        ));
    }
    Ok(code)
}

/// Reads a group link's code. The error is a sentence to show as it is.
pub fn group_decode(code: &str) -> Result<Group, String> {
    if code.len() > MAX_GROUP_CODE {
        return Err("This group link is too long to be a CoP Navigator group. Ask for the group's saved file instead.".into());
    }
    let Some((version, payload)) = code.split_once('.') else {
        return Err(DAMAGED.into());
    };
    match version.parse::<u32>() {
        Ok(GROUP_LINK_VERSION) => {}
        Ok(newer) if newer > GROUP_LINK_VERSION => {
            return Err(format!(
                "This group link was made by a newer version of CoP Navigator (link version {newer}). Reload the page to get the newest version, then open the link again."
            ));
        }
        _ => return Err(DAMAGED.into()),
    }
    let group = base64::decode(payload)
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| read_group(&text))
        .ok_or_else(|| DAMAGED.to_string())?;
    if group.members.len() > MAX_PEOPLE {
        return Err(format!(
            "This group link has {} people; a group can have at most {MAX_PEOPLE}. Ask for a link to a smaller group.",
            group.members.len()
        ));
    }
    Ok(group)
}

/// The people in a group code's text; `None` if anything is off. The text
/// must end with a line break, so a code cut short is noticed.
fn read_group(text: &str) -> Option<Group> {
    if text.is_empty() {
        return Some(Group::default());
    }
    // (the `@` line, that person's share lines)
    let mut parts: Vec<(&str, String)> = Vec::new();
    for line in text.strip_suffix('\n')?.split('\n') {
        match line.strip_prefix('@') {
            Some(head) => parts.push((head, String::new())),
            None => {
                let lines = &mut parts.last_mut()?.1;
                lines.push_str(line);
                lines.push('\n');
            }
        }
    }
    let members = parts
        .into_iter()
        .map(|(head, lines)| read_person(head, &lines))
        .collect::<Option<Vec<_>>>()?;
    Some(Group { members })
}

/// One person: `<date> <label>` (after the `@`) and their share lines.
fn read_person(head: &str, lines: &str) -> Option<Member> {
    let (date, label) = head.split_once(' ')?;
    let saved_on = match date {
        "" => None,
        date => Some(Date::parse(date).ok()?),
    };
    let label = unescape(label, MAX_LABEL)?;
    Some(Member::new(&label, read(lines)?, saved_on))
}
