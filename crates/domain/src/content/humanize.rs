//! Turns serde's messages, written for programmers, into ones a content
//! editor can act on ("expected a list, found an object").

use super::error::grouped;

pub(super) fn humanize(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            if let Some(range) = out_of_range(found, expected) {
                return range;
            }
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
    if let Some(field) = message.strip_prefix("duplicate field ") {
        return format!("the field {field} appears twice in this object; delete one of them");
    }
    if let Some(what) = message.strip_prefix("EOF while parsing ") {
        return match what {
            "a value" => "the file ends where a value was expected (was it cut short?)".to_string(),
            what => format!("the file ends in the middle of {}", eof_name(what)),
        };
    }
    let known = match message {
        "recursion limit exceeded" => {
            "the data is nested more than 128 levels deep; content files need only a few levels, so look for `[` or `{` that should not be there"
        }
        "trailing characters" => {
            "unexpected text after the end of the JSON data; delete it, or if it belongs to the data, look for a `}` or `]` before it that ends the file too soon"
        }
        "trailing comma" => "there is a comma after the last item; remove it",
        "expected value" => {
            "expected a value (a \"string\", a number, an object, a list, true, false or null)"
        }
        "key must be a string" => "object keys must be \"quoted strings\"",
        "expected ident" => "expected true, false or null (words must be \"quoted\")",
        "expected `:`" => "expected `:` between the field name and its value",
        "expected `,` or `}`" => "expected `,` before the next item, or `}` to end the object",
        "expected `,` or `]`" => "expected `,` before the next item, or `]` to end the list",
        "invalid number" => {
            "this is not a valid number: write numbers like 42, -7, 3.5 or 1e6, with no leading zeros, + sign or trailing point"
        }
        "number out of range" => "this number is too large; write a smaller one",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a text value contains a line break or control character; write line breaks as \\n"
        }
        "invalid escape" => "invalid escape sequence after a backslash; write a backslash as \\\\",
        "lone leading surrogate in hex escape"
        | "unexpected end of hex escape"
        | "invalid unicode code point" => {
            "invalid \\u escape sequence; type the character itself, or write \\u and four hex digits, e.g. \\u00e9 for é"
        }
        _ => message,
    };
    known.to_string()
}

/// "expected a whole number from 0 to 255" when a whole number does not fit:
/// "expected a whole number (0 or more)" would not say what is wrong with 300.
fn out_of_range(found: &str, expected: &str) -> Option<String> {
    let max: u64 = match expected {
        "u8" => u8::MAX.into(),
        "u16" => u16::MAX.into(),
        "u32" => u32::MAX.into(),
        _ => return None,
    };
    let number = found.strip_prefix("integer `")?.strip_suffix('`')?;
    if number.starts_with('-') {
        return None;
    }
    Some(format!(
        "expected a whole number from 0 to {}, found the number `{number}`",
        grouped(max)
    ))
}

fn expected_name(expected: &str) -> &str {
    if expected.starts_with("struct ") || expected == "a map" {
        return "an object";
    }
    match expected {
        "a sequence" => "a list",
        "a boolean" => "true or false",
        "u32" | "u16" | "u8" | "u64" | "usize" => "a whole number (0 or more)",
        "i32" | "i64" | "i16" | "i8" | "isize" => "a whole number",
        "f64" | "f32" => "a number",
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
            .replace("floating point ", "the number ")
            .replace("boolean ", ""),
    }
}

fn eof_name(what: &str) -> &str {
    match what {
        "an object" => "an object (a `}` is missing)",
        "a list" => "a list (a `]` is missing)",
        "a string" => "a text value (a closing `\"` is missing)",
        other => other,
    }
}

/// Where a syntax error is: the text of its line before the character the
/// parser stopped at, and from that character to the end of the line.
pub(super) struct Context<'a> {
    pub before: &'a str,
    pub rest: &'a str,
    /// Nothing but blank space and letters come before it in the file: the
    /// file starts with a word, as a server's plain-text error does.
    pub at_start: bool,
}

/// The message for a syntax error: a specific one when the text at the
/// error shows a common slip, else serde's rewritten.
pub(super) fn humanize_syntax(message: &str, at: &Context<'_>) -> String {
    syntax_hint(message, at).unwrap_or_else(|| humanize(message))
}

/// Common slips, recognised from the text at the error: comments, quotes
/// that are not JSON's, invisible characters, JavaScript's and Python's
/// words for values JSON does not have, and a missing comma.
fn syntax_hint(message: &str, at: &Context<'_>) -> Option<String> {
    let mut chars = at.rest.chars();
    let found = chars.next()?;
    let next = chars.next();
    // The word starting at the error, e.g. `NaN` or `Infinity`.
    let word: String = at
        .rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .take(40)
        .collect();
    let hint = match found {
        '/' if matches!(next, Some('/' | '*')) => {
            "comments are not allowed in JSON; remove the `//` or `/* */` text".to_string()
        }
        '\'' => "text must be in double quotes (\"…\"), not single quotes".to_string(),
        '“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' => format!(
            "{found} is a curly quote; JSON needs straight double quotes (\"…\"): \
             word processors change them, so edit content files in a plain-text editor"
        ),
        '\0' => {
            "there is a NUL (zero) byte here: the file may be partly binary or in another encoding; \
             save it as UTF-8 text"
                .to_string()
        }
        '\u{FEFF}' => {
            "there is an invisible byte order mark (U+FEFF) here, often left by joining or pasting files; delete it"
                .to_string()
        }
        c if !c.is_ascii() && (c.is_whitespace() || super::invisible::name(c).is_some()) => format!(
            "there is an unusual space or invisible character (U+{:04X}) here; replace it with an ordinary space or delete it",
            c as u32
        ),
        _ => return value_hint(message, at, found, next, &word),
    };
    Some(hint)
}

/// Hints for where a value, a comma or a colon was expected.
fn value_hint(
    message: &str,
    at: &Context<'_>,
    found: char,
    next: Option<char>,
    word: &str,
) -> Option<String> {
    let minus = if at.before.ends_with('-') { "-" } else { "" };
    match (message, word) {
        ("expected value" | "invalid number", "NaN" | "Infinity") => {
            return Some(format!(
                "`{minus}{word}` is not a JSON number; write a number, or null (or leave the field out) if there is none"
            ));
        }
        ("expected value", "undefined") => {
            return Some(
                "`undefined` is not a JSON value; write null, or leave the field out".to_string(),
            );
        }
        ("expected value", "None") => {
            return Some(
                "`None` is not a JSON value; write null, or leave the field out".to_string(),
            );
        }
        ("expected value", "True" | "TRUE" | "False" | "FALSE" | "Null" | "NULL") => {
            return Some(format!(
                "write `{}` in lower case: JSON's words are true, false and null",
                word.to_ascii_lowercase()
            ));
        }
        _ => {}
    }
    let value_starts =
        |c: char| c == '"' || c == '{' || c == '[' || c == '-' || c.is_alphanumeric();
    let hint = match message {
        "expected value" | "expected ident" if at.at_start && found.is_alphabetic() => {
            let line = format!("{}{}", at.before.trim_start(), at.rest.trim_end());
            let line = line.as_str();
            let begins: String = line.chars().take(40).collect();
            let more = if begins.len() < line.len() { "…" } else { "" };
            format!(
                "this is not JSON data (it begins “{begins}{more}”); check that it is the right file: \
                 a server may have sent a message in its place"
            )
        }
        "expected value" if !word.is_empty() && found.is_alphabetic() => {
            format!("text must be in double quotes: write \"{word}\"")
        }
        "expected value" if found == '+' => {
            "numbers must not start with `+`: write 5, not +5".to_string()
        }
        "expected value" if found == '.' && next.is_some_and(|c| c.is_ascii_digit()) => {
            "a number needs a digit before the point: write 0.5, not .5".to_string()
        }
        "expected value" if found == ',' => "a value is missing before this comma".to_string(),
        "expected value" if matches!(found, '}' | ']') && at.before.trim_end().ends_with(':') => {
            "a value is missing after the `:`; write one (null if there is none) or remove the field".to_string()
        }
        "key must be a string" if !word.is_empty() && found.is_alphabetic() => {
            format!("field names must be in double quotes: write \"{word}\"")
        }
        "expected `:`" if found == '=' => {
            "write `:` between a field name and its value, not `=`".to_string()
        }
        "expected `,` or `}`" | "expected `,` or `]`" if value_starts(found) => {
            "a comma is missing: add `,` after the item before this one".to_string()
        }
        "expected `,` or `}`" if found == ']' => {
            "`]` cannot end an object (opened with `{`); check that the brackets match".to_string()
        }
        "expected `,` or `]`" if found == '}' => {
            "`}` cannot end a list (opened with `[`); check that the brackets match".to_string()
        }
        "expected `,` or `]`" if found == ':' => {
            "a list ([…]) holds values, not `name: value` pairs; use an object ({…}) for named fields"
                .to_string()
        }
        // serde_json stops after the digits of a short `\u12`.
        "invalid escape" if at.before.rsplit_once('\\').is_some_and(|(_, tail)| tail.starts_with('u')) => {
            humanize("invalid unicode code point")
        }
        "control character (\\u0000-\\u001F) found while parsing a string" if found == '\t' => {
            "a text value contains a tab character; write it as \\t, or use spaces".to_string()
        }
        _ => return None,
    };
    Some(hint)
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
    fn numbers_too_large_for_their_field_say_the_range() {
        assert_eq!(
            humanize("invalid value: integer `5000000000`, expected u32"),
            "expected a whole number from 0 to 4,294,967,295, found the number `5000000000`"
        );
        assert_eq!(
            humanize("invalid value: integer `300`, expected u8"),
            "expected a whole number from 0 to 255, found the number `300`"
        );
        assert_eq!(
            humanize("invalid value: integer `-5`, expected u8"),
            "expected a whole number (0 or more), found the number `-5`"
        );
        assert_eq!(
            humanize("invalid type: boolean `true`, expected a string"),
            "expected a string, found `true`"
        );
    }

    #[test]
    fn a_field_given_twice_says_to_delete_one() {
        assert_eq!(
            humanize("duplicate field `name`"),
            "the field `name` appears twice in this object; delete one of them"
        );
    }

    #[test]
    fn keeps_unknown_messages() {
        // The domain's own Deserialize impls write messages for editors already.
        assert_eq!(
            humanize("\"2026-02-30\" is not a real date"),
            "\"2026-02-30\" is not a real date"
        );
    }
}
