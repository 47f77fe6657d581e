//! Where in the JSON structure an error is: the path (`communities[3].format`)
//! and the id of the entry around it. serde_json tells us the line and column;
//! a small scan of the text up to that point recovers the path. This replaces
//! a path-tracking deserializer wrapper that cost ~30 KB of wasm.

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    Key(String),
    Index(usize),
}

enum Frame {
    /// An object and the key whose value is being read, once seen.
    Object(Option<String>),
    Array(usize),
}

/// The path to the value at byte `offset`: the last character serde_json had
/// consumed when it noticed the error (its column counts consumed bytes) —
/// the end of a wrongly typed value or of an unknown key, the `}` of an
/// object missing a field, or the character before a value it only peeked at.
pub(super) fn path_at(text: &str, offset: usize) -> Vec<Segment> {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len().saturating_sub(1));
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i <= end && i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object(key @ None)) = frames.last_mut() {
                    *key = Some(
                        text.get(start..i.min(bytes.len()))
                            .unwrap_or_default()
                            .to_string(),
                    );
                }
            }
            b'{' => frames.push(Frame::Object(None)),
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object(key)) => *key = None,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    frames
        .into_iter()
        .filter_map(|frame| match frame {
            Frame::Object(key) => key.map(Segment::Key),
            Frame::Array(index) => Some(Segment::Index(index)),
        })
        .collect()
}

/// `communities[3].format`, or "the top level".
pub(super) fn display_path(path: &[Segment]) -> String {
    if path.is_empty() {
        return "the top level".to_string();
    }
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) if out.is_empty() => out.push_str(key),
            Segment::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Segment::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    format!("`{out}`")
}

/// The `id` of the innermost object on the path that has one, so a message
/// can name the community or section.
pub(super) fn enclosing_id(text: &str, path: &[Segment]) -> Option<String> {
    let root: serde_json::Value = serde_json::from_str(text).ok()?;
    let mut node = &root;
    let mut found = None;
    for segment in path {
        if let Some(id) = node.get("id").and_then(|id| id.as_str()) {
            found = Some(id.to_string());
        }
        node = match segment {
            Segment::Index(index) => node.get(*index)?,
            Segment::Key(key) => node.get(key.as_str())?,
        };
    }
    node.get("id")
        .and_then(|id| id.as_str())
        .map(str::to_string)
        .or(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str, marker: &str) -> String {
        display_path(&path_at(text, text.find(marker).unwrap()))
    }

    #[test]
    fn paths_of_typical_errors() {
        let text = r#"{"a": [{"id": "x", "b": "oops"}, {"c": [1, [2]]}], "d": 5}"#;
        assert_eq!(path(text, "oops\"}"), "`a[0].b`");
        assert_eq!(
            path(text, " [2]"),
            "`a[1].c[1]`",
            "a peeked value is after the last consumed byte"
        );
        assert_eq!(path(text, "5}"), "`d`");
        assert_eq!(
            path(text, "}, {"),
            "`a[0]`",
            "a missing field is reported at the object's end"
        );
        assert_eq!(display_path(&path_at("null", 3)), "the top level");
        assert_eq!(display_path(&path_at("{\"k\\\"ey\": 1}", 9)), "`k\\\"ey`");
    }

    #[test]
    fn never_panics_at_any_offset() {
        let text = r#"{"a": ["é", {"b": "\"}"}], "#;
        for offset in 0..text.len() + 3 {
            let _ = path_at(text, offset);
        }
        assert!(path_at("", 0).is_empty());
    }
}
