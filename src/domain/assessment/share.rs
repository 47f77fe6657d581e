//! Share links: the answers in the URL (`/assess?r=CODE`), with no server.
//!
//! CODE is `1.` (the format version) followed by base64url of compact JSON:
//! `{"n":"name","d":"domain","a":{"statement-id":[2],"other":[null,"note"]}}`,
//! where the number is the level's points (0 not yet … 3 in place). Keys are
//! statement ids, so a link survives content edits that add or reorder
//! statements. Names, domains and notes travel too, so the link restores
//! exactly what was shared.

use serde_json::{Map, Value, json};

use super::answers::{Answers, MAX_DOMAIN, MAX_NAME, MAX_NOTE, MAX_RESPONSES};
use super::base64;
use super::model::Level;
use super::saved::is_statement_id;

/// The version prefix this code writes and reads.
pub const SHARE_VERSION: u32 = 1;

/// Longer codes are refused before decoding (a full assessment with long
/// notes is well under this).
const MAX_CODE: usize = 100_000;

/// The value for `r`.
pub fn encode_share(answers: &Answers) -> String {
    let mut responses = Map::new();
    for (id, response) in answers.responses() {
        let level = response
            .level
            .map_or(Value::Null, |level| json!(level.points()));
        let entry = if response.note.is_empty() {
            json!([level])
        } else {
            json!([level, response.note])
        };
        responses.insert(id.to_string(), entry);
    }
    let mut object = Map::new();
    if !answers.name().is_empty() {
        object.insert("n".into(), json!(answers.name()));
    }
    if !answers.domain().is_empty() {
        object.insert("d".into(), json!(answers.domain()));
    }
    object.insert("a".into(), Value::Object(responses));
    let text = Value::Object(object).to_string();
    format!("{SHARE_VERSION}.{}", base64::encode(text.as_bytes()))
}

/// Reads a share code. The error is a sentence to show as it is.
pub fn decode_share(code: &str) -> Result<Answers, String> {
    const DAMAGED: &str = "This share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again.";
    if code.len() > MAX_CODE {
        return Err("This share link is too long to be a CoP Navigator self-assessment.".into());
    }
    let Some((version, payload)) = code.split_once('.') else {
        return Err(DAMAGED.into());
    };
    match version.parse::<u32>() {
        Ok(SHARE_VERSION) => {}
        Ok(newer) if newer > SHARE_VERSION => {
            return Err(format!(
                "This share link was made by a newer version of CoP Navigator (link version {newer}). Reload the page to get the newest version, then open the link again."
            ));
        }
        _ => return Err(DAMAGED.into()),
    }
    let bytes = base64::decode(payload).ok_or(DAMAGED)?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|_| DAMAGED)?;
    read(&value).ok_or_else(|| DAMAGED.into())
}

fn read(value: &Value) -> Option<Answers> {
    let object = value.as_object()?;
    if object
        .keys()
        .any(|key| !matches!(key.as_str(), "n" | "d" | "a"))
    {
        return None;
    }
    let text = |key: &str, max: usize| -> Option<String> {
        match object.get(key) {
            None => Some(String::new()),
            Some(value) => value
                .as_str()
                .filter(|text| text.chars().count() <= max)
                .map(str::to_string),
        }
    };
    let mut answers = Answers::default();
    answers.set_name(&text("n", MAX_NAME)?);
    answers.set_domain(&text("d", MAX_DOMAIN)?);
    let responses = object.get("a")?.as_object()?;
    if responses.len() > MAX_RESPONSES {
        return None;
    }
    for (id, entry) in responses {
        if !is_statement_id(id) {
            return None;
        }
        let (level, note) = match entry.as_array()?.as_slice() {
            [level] => (level, ""),
            [level, Value::String(note)] if note.chars().count() <= MAX_NOTE => {
                (level, note.as_str())
            }
            _ => return None,
        };
        let level = match level {
            Value::Null => None,
            other => Some(Level::from_points(
                other.as_u64().filter(|points| *points <= 3)? as u32,
            )),
        };
        answers.set_level(id, level);
        answers.set_note(id, note);
    }
    Some(answers)
}
