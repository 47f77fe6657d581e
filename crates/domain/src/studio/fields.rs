//! What the studio's form says about each field, read from the directory's
//! JSON Schema (public/schema/directory.schema.json): its label (`title`),
//! its help text (`description`), whether it is required, its choices and
//! its length limit. The schema is the one place these are written.

use serde_json::Value;

use crate::import::columns::FIELDS;

/// One field of a community as the form presents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldInfo {
    pub key: &'static str,
    pub label: String,
    pub help: String,
    pub required: bool,
    /// A list: one value a line.
    pub many: bool,
    /// The allowed values, for a choice.
    pub choices: Vec<String>,
    /// The most characters (of each value, for a list).
    pub max_length: Option<u64>,
}

/// Every field in `FIELDS`' order, described by `schema` (the schema's
/// text). A field the schema does not describe is labelled by its key, so
/// the form still works; a native test checks the schema describes each.
pub fn field_info(schema: &str) -> Vec<FieldInfo> {
    let schema: Value = serde_json::from_str(schema).unwrap_or_default();
    let community = &schema["$defs"]["community"];
    FIELDS
        .iter()
        .map(|field| describe(community, field.key, field.many))
        .collect()
}

/// The parts of `meetings` (a schedule) the form asks for one by one.
pub const MEETING_PARTS: [&str; 9] = [
    "repeat",
    "week",
    "day",
    "start",
    "end",
    "where",
    "place",
    "starts_on",
    "until",
];

/// Each part of `meetings`, described by the schema's `$defs/meetings`
/// (its key is the part's name: "day", not "meetings.day").
pub fn meeting_parts(schema: &str) -> Vec<FieldInfo> {
    let schema: Value = serde_json::from_str(schema).unwrap_or_default();
    let meetings = &schema["$defs"]["meetings"];
    MEETING_PARTS
        .iter()
        .map(|&key| describe(meetings, key, false))
        .collect()
}

/// Property `key` of the object schema `object`.
fn describe(object: &Value, key: &'static str, many: bool) -> FieldInfo {
    let property = &object["properties"][key];
    let text = |name: &str| property[name].as_str().map(str::to_string);
    let limit = if many {
        &property["items"]["maxLength"]
    } else {
        &property["maxLength"]
    };
    let strings = |value: &Value| -> Vec<String> {
        value
            .as_array()
            .map(|values| {
                values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    FieldInfo {
        key,
        label: text("title").unwrap_or_else(|| key.to_string()),
        help: text("description").unwrap_or_default(),
        required: strings(&object["required"]).iter().any(|k| k == key),
        many,
        choices: strings(&property["enum"]),
        max_length: limit.as_u64(),
    }
}
