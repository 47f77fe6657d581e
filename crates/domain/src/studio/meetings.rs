//! The meeting times in a draft: the field holds the schedule as JSON text
//! (as an imported cell would), and the form edits it part by part.

use serde_json::{Map, Value};

/// The part `key` of the schedule in `cell` ("" when not given, or when the
/// cell is not a schedule).
pub fn part(cell: &str, key: &str) -> String {
    match serde_json::from_str::<Value>(cell) {
        Ok(Value::Object(parts)) => match parts.get(key) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        },
        _ => String::new(),
    }
}

/// The schedule in `cell` with part `key` set to `value` (left out when
/// empty); "" when no part is left, so a draft without a schedule has none.
pub fn with_part(cell: &str, key: &str, value: &str) -> String {
    let mut parts = match serde_json::from_str::<Value>(cell) {
        Ok(Value::Object(parts)) => parts,
        _ => Map::new(),
    };
    let value = value.trim();
    if value.is_empty() {
        parts.remove(key);
    } else {
        parts.insert(key.to_string(), Value::String(value.to_string()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        Value::Object(parts).to_string()
    }
}
