//! Turns serde's messages, written for programmers, into ones a content
//! editor can act on ("expected a list, found an object").

pub(super) fn humanize(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return format!(
                "expected {}, found {}",
                expected_name(expected),
                found_name(found)
            );
        }
    }
    // serde can read an object from a list of its fields in order; a list
    // of the wrong length there is really "a list where an object belongs".
    if message.starts_with("invalid length ") && message.contains(", expected struct ") {
        return "expected an object, found a list".to_string();
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return format!("unknown value {rest}");
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return format!("unknown field {rest} (remove it or check its spelling)");
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("missing required field {rest}");
    }
    if let Some(what) = message.strip_prefix("EOF while parsing ") {
        return format!("the file ends in the middle of {}", eof_name(what));
    }
    let known = match message {
        "recursion limit exceeded" => "the data is nested too deeply (more than 128 levels)",
        "trailing characters" => "unexpected text after the end of the JSON data",
        "trailing comma" => "there is a comma after the last item; remove it",
        "expected value" => {
            "expected a value (a \"string\", a number, an object, a list, true, false or null)"
        }
        "key must be a string" => "object keys must be \"quoted strings\"",
        "expected ident" => "expected true, false or null (words must be \"quoted\")",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a text value contains a line break or control character; write line breaks as \\n"
        }
        "invalid escape" => "invalid escape sequence after a backslash; write a backslash as \\\\",
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            "invalid \\u escape sequence"
        }
        _ => message,
    };
    known.to_string()
}

fn expected_name(expected: &str) -> &str {
    if expected.starts_with("struct ") || expected == "a map" {
        return "an object";
    }
    match expected {
        "a sequence" => "a list",
        "u32" | "u16" | "u8" | "u64" | "usize" => "a whole number (0 or more)",
        "i32" | "i64" | "f64" | "f32" => "a number",
        _ => expected,
    }
}

fn found_name(found: &str) -> String {
    match found {
        "map" => "an object".to_string(),
        "sequence" => "a list".to_string(),
        "null" | "unit value" => "null".to_string(),
        other => other
            .replace("string ", "the text ")
            .replace("integer ", "the number ")
            .replace("floating point ", "the number "),
    }
}

fn eof_name(what: &str) -> &str {
    match what {
        "an object" => "an object (a `}` is missing)",
        "a list" => "a list (a `]` is missing)",
        "a string" => "a text value (a closing `\"` is missing)",
        "a value" => "a value",
        other => other,
    }
}

/// A more specific message for common syntax slips, from the character at
/// the error: comments and single quotes are not JSON.
pub(super) fn syntax_hint(found: Option<char>, next: Option<char>) -> Option<&'static str> {
    match (found, next) {
        (Some('/'), Some('/' | '*')) => {
            Some("comments are not allowed in JSON; remove the `//` or `/* */` text")
        }
        (Some('\''), _) => Some("text must be in double quotes (\"…\"), not single quotes"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::humanize;

    #[test]
    fn rewrites_type_errors_in_plain_words() {
        assert_eq!(
            humanize("invalid type: map, expected a string"),
            "expected a string, found an object"
        );
        assert_eq!(
            humanize("invalid type: null, expected struct DirectoryFile"),
            "expected an object, found null"
        );
        assert_eq!(
            humanize("invalid type: integer `5`, expected a sequence"),
            "expected a list, found the number `5`"
        );
        assert_eq!(
            humanize("invalid type: string \"x\", expected u32"),
            "expected a whole number (0 or more), found the text \"x\""
        );
    }

    #[test]
    fn lists_where_objects_belong() {
        assert_eq!(
            humanize("invalid length 0, expected struct DirectoryFile with 3 elements"),
            "expected an object, found a list"
        );
    }

    #[test]
    fn keeps_unknown_messages() {
        assert_eq!(humanize("expected `,` or `}`"), "expected `,` or `}`");
    }
}
