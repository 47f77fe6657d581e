use std::borrow::Cow;

use serde::de::DeserializeOwned;

use super::error::{ContentError, Format, Position, Problem};
use super::humanize::{Context, humanize, humanize_syntax};
use super::locate::{display_path, enclosing_id, path_at};

/// Content files larger than this are refused before parsing: a real directory
/// of a thousand communities is well under 1 MB.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses JSON bytes into `T`, reporting problems with the file name, a
/// line and column, and for wrongly shaped data the path and entry id.
pub fn parse_json<T: DeserializeOwned>(file: &str, bytes: &[u8]) -> Result<T, ContentError> {
    parse_json_up_to(file, bytes, MAX_FILE_BYTES)
}

/// [`parse_json`] with another size limit (the search benchmark loads
/// directories far larger than a real one).
pub fn parse_json_up_to<T: DeserializeOwned>(
    file: &str,
    bytes: &[u8],
    limit: usize,
) -> Result<T, ContentError> {
    let fail = |problem| Err(ContentError::new(file, problem));
    if bytes.len() > limit {
        return fail(Problem::TooLarge {
            bytes: bytes.len(),
            limit,
        });
    }
    if let Some(format) = sniff(bytes) {
        return fail(Problem::WrongFormat(format));
    }
    // RFC 8259 lets parsers ignore a byte order mark; Windows editors add one.
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            // The prefix is valid by definition; fall back to 1:1 if not.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            return fail(Problem::NotUtf8 {
                at: end_position(&lone_cr_to_lf(prefix)),
            });
        }
    };
    if text.trim().is_empty() {
        return fail(Problem::Empty);
    }
    let text = &*lone_cr_to_lf(text);

    // One pass: serde_json reports the line and column of the first problem;
    // the path to it (`communities[3].format`) is worked out only on failure.
    let mut de = serde_json::Deserializer::from_str(text);
    let value = match T::deserialize(&mut de) {
        Ok(value) => value,
        Err(err) => {
            let at = position(text, err.line(), err.column());
            let message = strip_position(&err.to_string());
            if err.is_data() {
                let path = path_at(text, byte_offset(text, err.line(), err.column()));
                let entry = enclosing_id(text, &path);
                return fail(Problem::Structure {
                    at,
                    path: display_path(&path),
                    entry,
                    message: humanize(&message),
                });
            }
            return fail(Problem::Syntax {
                at,
                message: syntax_message(text, at, &message),
            });
        }
    };
    if let Err(err) = de.end() {
        let at = position(text, err.line(), err.column());
        return fail(Problem::Syntax {
            at,
            message: syntax_message(text, at, &strip_position(&err.to_string())),
        });
    }
    Ok(value)
}

/// Recognises, from its first bytes, a file that is not UTF-8 JSON at all,
/// which a parser would only report as "expected a value" at line 1, column 1.
fn sniff(bytes: &[u8]) -> Option<Format> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => return Some(Format::Utf32),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => return Some(Format::Utf16),
        // JSON starts with an ASCII character, so without a byte order mark
        // the NUL bytes around the first one give the encoding away (the
        // rule of RFC 4627, section 3). UTF-8 JSON never contains a NUL.
        [0, 0, 0, a, ..] | [a, 0, 0, 0, ..] if *a != 0 => return Some(Format::Utf32),
        [0, a, ..] | [a, 0, ..] if *a != 0 => return Some(Format::Utf16),
        _ => {}
    }
    let rest = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if rest.starts_with(BOM) {
        return Some(Format::RepeatedBom);
    }
    let rest = rest.trim_ascii_start();
    if !rest.starts_with(b"<") {
        return None;
    }
    // Any markup is a web page (a sign-in or error page sent in place of
    // the file) unless it declares itself XML and is not XHTML.
    let head = rest[..rest.len().min(1024)].to_ascii_lowercase();
    let is_html = |marker: &[u8]| head.windows(marker.len()).any(|w| w == marker);
    if head.starts_with(b"<?xml") && !is_html(b"<html") && !is_html(b"<!doctype html") {
        Some(Format::Xml)
    } else {
        Some(Format::Html)
    }
}

/// Editors count a lone CR (classic Mac OS line endings) as a line break;
/// serde_json counts only LF, so a CR-only file would be "line 1" throughout.
/// Changing each lone CR to LF keeps every byte offset and changes nothing
/// else: both are whitespace between tokens, and both are refused inside a
/// string with the same message.
fn lone_cr_to_lf(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return Cow::Borrowed(text);
    }
    let mut chars = text.chars().peekable();
    let mut out = String::with_capacity(text.len());
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') {
            '\n'
        } else {
            c
        });
    }
    Cow::Owned(out)
}

/// serde's message for a syntax error at `at`, made specific by the text there.
fn syntax_message(text: &str, at: Position, message: &str) -> String {
    let line = text.split('\n').nth(at.line - 1).unwrap_or_default();
    let split = line
        .char_indices()
        .nth(at.column - 1)
        .map_or(line.len(), |(i, _)| i);
    let (before, rest) = line.split_at(split);
    let line_start = byte_offset(text, at.line, 1);
    let at_start = text
        .get(..line_start + split)
        .is_some_and(|head| head.trim_start().chars().all(char::is_alphabetic));
    humanize_syntax(
        message,
        &Context {
            before,
            rest,
            at_start,
        },
    )
}

/// serde_json appends " at line L column C"; we report the position ourselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The byte offset of serde_json's 1-based line and byte column.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    line_start + column.saturating_sub(1)
}

/// serde_json counts columns in bytes, to the first byte of the character
/// it stopped at; editors count characters.
fn position(text: &str, line: usize, byte_column: usize) -> Position {
    let line = line.max(1);
    let line_text = text.split('\n').nth(line - 1).unwrap_or_default();
    let mut end = byte_column.saturating_sub(1).min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    Position {
        line,
        column: line_text[..end].chars().count() + 1,
    }
}

/// The position just after `prefix`: where the first bad byte sits.
fn end_position(prefix: &str) -> Position {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rsplit('\n').next().unwrap_or_default();
    Position {
        line,
        column: last.chars().count() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn message(text: &str) -> String {
        parse_json::<Value>("f.json", text.as_bytes())
            .unwrap_err()
            .to_string()
    }

    /// serde_json's own verdict: the value, or the error without its position.
    fn serde_verdict(text: &str) -> Result<Value, String> {
        serde_json::from_str::<Value>(text).map_err(|e| strip_position(&e.to_string()))
    }

    #[test]
    fn lone_cr_counts_as_a_line_break_like_lf_and_crlf() {
        let lf = "{\n  \"a\": 1\n  \"b\": 2\n}\n";
        let expected =
            "f.json, line 3, column 3: a comma is missing: add `,` after the item before this one.";
        assert_eq!(message(lf), expected);
        assert_eq!(message(&lf.replace('\n', "\r")), expected, "classic Mac");
        assert_eq!(message(&lf.replace('\n', "\r\n")), expected, "Windows");
        let mixed = "{\r\n  \"a\": 1\r  \"b\": 2\n}";
        assert_eq!(message(mixed), expected, "mixed");
        // Invalid UTF-8 after CR-only lines is found on its line too.
        let mut bytes = b"{\r\"a\": \"caf".to_vec();
        bytes.extend_from_slice(b"\xE9\"}");
        assert_eq!(
            parse_json::<Value>("f.json", &bytes)
                .unwrap_err()
                .to_string(),
            "f.json, line 2, column 10: the file is not valid UTF-8 text; save it with UTF-8 encoding."
        );
    }

    /// The proof that changing lone CRs to LF changes nothing but positions:
    /// a CR put anywhere in these documents (between tokens, inside strings,
    /// numbers and words, before an LF) gets the same verdict from serde_json
    /// before and after, and the same acceptance from `parse_json`.
    #[test]
    fn lone_cr_to_lf_changes_only_positions() {
        let documents = [
            r#"{"a": [1, 2.5e3, -0], "b": {"c": "d\"e\\n", "t": true, "n": null}}"#,
            "{\n  \"text\": \"line\",\r\n  \"x\": false\n}\n",
            r#"["é", "\u00e9", {"": []}]"#,
        ];
        let mut cases = 0;
        for document in documents {
            let boundaries: Vec<usize> = (0..=document.len())
                .filter(|&i| document.is_char_boundary(i))
                .collect();
            for &i in &boundaries {
                let inserted = format!("{}\r{}", &document[..i], &document[i..]);
                let replaced = match document[i..].chars().next() {
                    Some(c) => format!("{}\r{}", &document[..i], &document[i + c.len_utf8()..]),
                    None => continue,
                };
                for raw in [inserted, replaced] {
                    let normalised = lone_cr_to_lf(&raw);
                    assert_eq!(normalised.len(), raw.len(), "{raw:?}");
                    assert_eq!(serde_verdict(&raw), serde_verdict(&normalised), "{raw:?}");
                    assert_eq!(
                        parse_json::<Value>("f.json", raw.as_bytes()).is_ok(),
                        serde_verdict(&raw).is_ok(),
                        "{raw:?}"
                    );
                    cases += 1;
                }
            }
        }
        assert!(cases > 200, "{cases} cases");
        assert!(matches!(lone_cr_to_lf("a\r\nb\n"), Cow::Borrowed(_)));
        assert_eq!(lone_cr_to_lf("a\rb\r\nc\r"), "a\nb\r\nc\n");
    }

    #[test]
    fn columns_count_characters_up_to_a_wide_one() {
        // The non-breaking space is two bytes: the column is its own, not
        // the character before it.
        assert_eq!(
            message("{\"é\":\u{a0}1}"),
            "f.json, line 1, column 6: there is an unusual space or invisible character (U+00A0) here; \
             replace it with an ordinary space or delete it."
        );
        assert_eq!(
            message("{\"a\": \u{201c}x\u{201d}}"),
            "f.json, line 1, column 7: \u{201c} is a curly quote; JSON needs straight double quotes (\"…\"): \
             word processors change them, so edit content files in a plain-text editor."
        );
    }

    #[test]
    fn recognises_files_that_are_not_utf8_json() {
        let json = "{\"communities\": []}";
        let utf16le: Vec<u8> = json.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let utf16be: Vec<u8> = json.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let utf32le: Vec<u8> = json
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        let with = |prefix: &[u8], body: &[u8]| [prefix, body].concat();
        assert_eq!(sniff(&with(b"\xFF\xFE", &utf16le)), Some(Format::Utf16));
        assert_eq!(sniff(&with(b"\xFE\xFF", &utf16be)), Some(Format::Utf16));
        assert_eq!(sniff(&utf16le), Some(Format::Utf16));
        assert_eq!(sniff(&utf16be), Some(Format::Utf16));
        assert_eq!(sniff(&utf32le), Some(Format::Utf32));
        assert_eq!(sniff(&with(b"\xFF\xFE\0\0", &utf32le)), Some(Format::Utf32));
        assert_eq!(
            sniff(&with(b"\xEF\xBB\xBF\xEF\xBB\xBF", json.as_bytes())),
            Some(Format::RepeatedBom)
        );
        assert_eq!(
            sniff(b"\xEF\xBB\xBF \n<!DOCTYPE html><html>"),
            Some(Format::Html)
        );
        assert_eq!(sniff(b"<HEAD><title>Sign in</title>"), Some(Format::Html));
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><!DOCTYPE html><html>"),
            Some(Format::Html)
        );
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><feed/>"), Some(Format::Xml));
        // UTF-8 JSON, with or without one BOM, is left to the parser.
        assert_eq!(sniff(json.as_bytes()), None);
        assert_eq!(sniff(&with(b"\xEF\xBB\xBF", json.as_bytes())), None);
        assert_eq!(sniff(b"{"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn words_json_does_not_have_say_what_to_write() {
        let not_a_number = |word: &str, column: usize| {
            format!(
                "f.json, line 1, column {column}: `{word}` is not a JSON number; \
                 write a number, or null (or leave the field out) if there is none."
            )
        };
        assert_eq!(message(r#"{"a": NaN}"#), not_a_number("NaN", 7));
        assert_eq!(message(r#"{"a": Infinity}"#), not_a_number("Infinity", 7));
        assert_eq!(message(r#"[1, -Infinity]"#), not_a_number("-Infinity", 6));
        assert_eq!(
            message(r#"{"a": undefined}"#),
            "f.json, line 1, column 7: `undefined` is not a JSON value; write null, or leave the field out."
        );
        assert_eq!(
            message(r#"{"a": None}"#),
            "f.json, line 1, column 7: `None` is not a JSON value; write null, or leave the field out."
        );
        assert_eq!(
            message(r#"{"a": True}"#),
            "f.json, line 1, column 7: write `true` in lower case: JSON's words are true, false and null."
        );
        assert_eq!(
            message(r#"{"a": hello}"#),
            "f.json, line 1, column 7: text must be in double quotes: write \"hello\"."
        );
        assert_eq!(
            message(r#"{name: "x"}"#),
            "f.json, line 1, column 2: field names must be in double quotes: write \"name\"."
        );
    }

    #[test]
    fn punctuation_slips_say_what_to_change() {
        let at = |column: usize, text: &str| format!("f.json, line 1, column {column}: {text}.");
        assert_eq!(
            message(r#"{"a": +1}"#),
            at(7, "numbers must not start with `+`: write 5, not +5")
        );
        assert_eq!(
            message(r#"{"a": .5}"#),
            at(
                7,
                "a number needs a digit before the point: write 0.5, not .5"
            )
        );
        assert_eq!(
            message(r#"{"a": 01}"#),
            at(
                8,
                "this is not a valid number: write numbers like 42, -7, 3.5 or 1e6, with no leading zeros, + sign or trailing point"
            )
        );
        assert_eq!(
            message(r#"{"a": 1e999}"#),
            at(11, "this number is too large; write a smaller one")
        );
        assert_eq!(
            message(r#"[1,,2]"#),
            at(4, "a value is missing before this comma")
        );
        assert_eq!(
            message(r#"{"a": }"#),
            at(
                7,
                "a value is missing after the `:`; write one (null if there is none) or remove the field"
            )
        );
        assert_eq!(
            message(r#"{"a" = 1}"#),
            at(6, "write `:` between a field name and its value, not `=`")
        );
        assert_eq!(
            message(r#"{"a" 1}"#),
            at(6, "expected `:` between the field name and its value")
        );
        assert_eq!(
            message(r#"{"a": 1]"#),
            at(
                8,
                "`]` cannot end an object (opened with `{`); check that the brackets match"
            )
        );
        assert_eq!(
            message(r#"[1}"#),
            at(
                3,
                "`}` cannot end a list (opened with `[`); check that the brackets match"
            )
        );
        assert_eq!(
            message(r#"[1 2]"#),
            at(
                4,
                "a comma is missing: add `,` after the item before this one"
            )
        );
        assert_eq!(
            message(r#"["a": 1]"#),
            at(
                5,
                "a list ([…]) holds values, not `name: value` pairs; use an object ({…}) for named fields"
            )
        );
        assert_eq!(
            message("{\"a\": \"x\ty\"}"),
            at(
                9,
                "a text value contains a tab character; write it as \\t, or use spaces"
            )
        );
        assert_eq!(
            message(r#"{"a": "\u12"}"#),
            at(
                13,
                "invalid \\u escape sequence; type the character itself, or write \\u and four hex digits, e.g. \\u00e9 for é"
            )
        );
        assert_eq!(
            message(r#"{"a": "C:\new\x"}"#),
            at(
                15,
                "invalid escape sequence after a backslash; write a backslash as \\\\"
            )
        );
        assert_eq!(
            message(r#"{"a": "\udc00"}"#),
            at(
                13,
                "invalid \\u escape sequence; type the character itself, or write \\u and four hex digits, e.g. \\u00e9 for é"
            )
        );
        assert_eq!(
            message(r#"{"a": "#),
            at(
                6,
                "the file ends where a value was expected (was it cut short?)"
            )
        );
    }

    #[test]
    fn stray_characters_are_named() {
        assert_eq!(
            message("{\"a\": 1,\u{feff} \"b\": 2}"),
            "f.json, line 1, column 9: there is an invisible byte order mark (U+FEFF) here, \
             often left by joining or pasting files; delete it."
        );
        assert_eq!(
            message("{\"a\":\u{200b}1}"),
            "f.json, line 1, column 6: there is an unusual space or invisible character (U+200B) here; \
             replace it with an ordinary space or delete it."
        );
        assert_eq!(
            message("{\"a\": 1\0}"),
            "f.json, line 1, column 8: there is a NUL (zero) byte here: the file may be partly binary \
             or in another encoding; save it as UTF-8 text."
        );
        assert_eq!(
            message("  Not Found\n"),
            "f.json, line 1, column 3: this is not JSON data (it begins “Not Found”); check that it is the right file: \
             a server may have sent a message in its place."
        );
        assert_eq!(
            message("nothing here"),
            "f.json, line 1, column 2: this is not JSON data (it begins “nothing here”); check that it is the right file: \
             a server may have sent a message in its place."
        );
    }
}
