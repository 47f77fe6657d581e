//! Reading what the coordinator pastes or picks: share links (several at
//! once, as they arrive in e-mail and chat), bare share codes, group links,
//! saved answers files and group files. Every problem is a sentence naming
//! the link or file; nothing panics.

use super::saved::{GROUP_FORMAT, group_decode, group_from_json};
use super::{Group, Incoming, Member};
use crate::assessment::saved::{Loose, Probe, from_json_dated};
use crate::assessment::{FORMAT, decode_share};
use crate::content::{MAX_FILE_BYTES, parse_json};
use crate::date::Date;
use crate::url::QueryString;
use crate::url_state::parameters_of;

/// What [`read_links`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    /// Everyone in the links that could be read, in the order pasted.
    pub people: Vec<Incoming>,
    /// One sentence per link that could not be read, naming its position.
    pub problems: Vec<String>,
    /// The links that could not be read, one a line, so nothing pasted is
    /// lost: the box keeps them for another try.
    pub kept_text: String,
}

/// What [`read_file`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub people: Vec<Incoming>,
    /// The file's own `saved_on`: the person's for a saved answers file, the
    /// group's for a group file (for "then → now").
    pub saved_on: Option<Date>,
}

const NO_LINKS: &str = "No share links were found in the pasted text. Paste the links people sent you (each starts with https:// and has #r= in it), or add their saved answers files instead.";

const NOT_A_SHARE_LINK: &str = "This link has no answers in it: it is the address of a page, not a share link. Ask the person to copy their share link with “Copy link” on their result page and send it again.";

/// Reads links separated by white space, line breaks, commas or
/// semicolons. Words around them (an e-mail's text) are passed over; the
/// links are share links (`…/assess#r=1.…`, `…/assess?r=…`), bare codes
/// (`1.…`) or group links (`…/together/#g=1.…`).
pub fn read_links(text: &str) -> Links {
    let text = text.replace("&amp;", "&");
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(strip_wrapping)
        .filter(|token| !token.is_empty())
        .collect();
    let attempts = join_broken(&tokens);
    let mut links = Links {
        people: Vec::new(),
        problems: Vec::new(),
        kept_text: String::new(),
    };
    if attempts.is_empty() {
        if !text.trim().is_empty() {
            links.problems.push(NO_LINKS.into());
            links.kept_text = text.trim().to_string();
        }
        return links;
    }
    let total = attempts.len();
    for (index, attempt) in attempts.iter().enumerate() {
        links.take(attempt, index, total);
    }
    links
}

impl Links {
    /// Adds the people in link `index` of `total`, or its problem.
    fn take(&mut self, link: &str, index: usize, total: usize) {
        let (from, prefix) = if total == 1 {
            ("the link".to_string(), String::new())
        } else {
            (
                format!("link {}", index + 1),
                format!("Link {} of {total}: ", index + 1),
            )
        };
        match read_link(link, 0) {
            Ok(members) => self
                .people
                .extend(members.into_iter().map(|member| Incoming {
                    member,
                    from: from.clone(),
                    pasted: link.to_string(),
                })),
            Err(problem) => {
                self.problems.push(format!("{prefix}{problem}"));
                if !self.kept_text.is_empty() {
                    self.kept_text.push('\n');
                }
                self.kept_text.push_str(link);
            }
        }
    }
}

/// The links among `tokens`. A link that fails on its own but reads when
/// the next token is added was broken across two lines by a mail client.
fn join_broken(tokens: &[&str]) -> Vec<String> {
    let mut links = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        let token = tokens[index];
        index += 1;
        if !looks_like_link(token) {
            continue;
        }
        let mut link = token.to_string();
        while let Some(next) = tokens.get(index)
            && read_link(&link, 0).is_err()
            && is_code_text(next)
            && read_link(&format!("{link}{next}"), 0).is_ok()
        {
            link.push_str(next);
            index += 1;
        }
        links.push(link);
    }
    links
}

/// Brackets, quotes and sentence punctuation that mail and chat put around
/// a link; none of them can end a share code.
fn strip_wrapping(token: &str) -> &str {
    let token = token.trim_matches(|c: char| "<>()[]{}\"'“”‘’«»".contains(c));
    // A Markdown link, `[label](https://…)`: the address is after "](".
    let token = token.rsplit_once("](").map_or(token, |(_, link)| link);
    token
        .trim_end_matches(|c: char| ".!?:)]>\"'”’".contains(c))
        .trim_start_matches(|c: char| "([<\"'“‘".contains(c))
}

/// An address, something with answer parameters in it, or a bare code.
fn looks_like_link(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    ["://", "www.", "/assess", "/together", "r=", "g="]
        .iter()
        .any(|marker| lower.contains(marker))
        || is_bare_code(token)
}

/// `1.` and base64url: a share or group code on its own.
fn is_bare_code(token: &str) -> bool {
    token.split_once('.').is_some_and(|(version, payload)| {
        !version.is_empty()
            && version.bytes().all(|b| b.is_ascii_digit())
            && !payload.is_empty()
            && is_code_text(payload)
    })
}

/// Only base64url characters: what a code broken across lines continues with.
fn is_code_text(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The people in one link. `depth` counts links wrapped inside another's
/// parameters (mail scanners' "safe links"), read one level deep.
fn read_link(link: &str, depth: u8) -> Result<Vec<Member>, String> {
    if is_bare_code(link) {
        return read_bare(link);
    }
    let parameters = parameters_of(link);
    if let Some(code) = code_in(&parameters, link, "g") {
        return group_decode(code).map(|group| group.members);
    }
    if let Some(code) = code_in(&parameters, link, "r") {
        return decode_share(code).map(|answers| vec![Member::new("", answers, None)]);
    }
    let wrapped = parameters
        .keys()
        .into_iter()
        .filter_map(|key| parameters.get(key))
        .find(|value| value.contains("://"));
    match wrapped {
        Some(inner) if depth == 0 => read_link(inner, depth + 1),
        _ => Err(NOT_A_SHARE_LINK.into()),
    }
}

/// The value of `key` in `link`. An empty value is dropped from the
/// parameters, but `#r=` with nothing after it is a link cut short, not a
/// page's address, so it gives an empty code (which is then "damaged").
fn code_in<'a>(parameters: &'a QueryString, link: &str, key: &str) -> Option<&'a str> {
    let empty = ["#", "?", "&"].map(|start| format!("{start}{key}="));
    parameters.get(key).or_else(|| {
        empty
            .iter()
            .any(|e| link.contains(e.as_str()))
            .then_some("")
    })
}

/// A bare code: a share code, or failing that a group code.
fn read_bare(code: &str) -> Result<Vec<Member>, String> {
    match decode_share(code) {
        Ok(answers) => Ok(vec![Member::new("", answers, None)]),
        Err(problem) => group_decode(code)
            .map(|group| group.members)
            .map_err(|_| problem),
    }
}

/// Reads a picked or dropped file: answers saved by one person
/// (“Save your answers to continue later”) or a saved group. Anything else gets one
/// sentence naming the file and saying what to choose instead.
pub fn read_file(name: &str, bytes: &[u8]) -> Result<Loaded, String> {
    check_file(name, bytes)?;
    let probe: Probe = parse_json(name, bytes).map_err(|e| e.to_string())?;
    match &probe.format {
        Loose::Text(format) if format == GROUP_FORMAT => {
            let saved = group_from_json(name, bytes)?;
            Ok(Loaded {
                people: from_file(name, saved.group),
                saved_on: saved.saved_on,
            })
        }
        Loose::Text(format) if format == FORMAT => {
            let (answers, saved_on) = from_json_dated(name, bytes)?;
            let group = Group {
                members: vec![Member::new("", answers, saved_on)],
            };
            Ok(Loaded {
                people: from_file(name, group),
                saved_on,
            })
        }
        Loose::Text(format) => Err(format!(
            "{name} is a file from another tool (its format is “{format}”), not answers saved by CoP Navigator. {CHOOSE}"
        )),
        _ => Err(format!(
            "{name} is a JSON file, but not answers saved by CoP Navigator. {CHOOSE}"
        )),
    }
}

const CHOOSE: &str = "Choose a file saved with “Save your answers to continue later” on the self-assessment's result page or a saved group, or ask the person for their share link.";

/// Refuses, before parsing, files that cannot be a saved file at all.
fn check_file(name: &str, bytes: &[u8]) -> Result<(), String> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.trim_ascii_start();
    if start.is_empty() {
        return Err(format!(
            "{name} is empty: it has no answers in it. Ask the person to save their answers again and send the new file."
        ));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{name} is {} KB, far larger than answers saved by CoP Navigator (at most {} KB). {CHOOSE}",
            bytes.len().div_ceil(1024),
            MAX_FILE_BYTES / 1024
        ));
    }
    match start[0] {
        b'{' | b'[' => Ok(()),
        _ => Err(format!(
            "{name} is not a file CoP Navigator saved: it is {}, not JSON. {CHOOSE}",
            kind_of(start)
        )),
    }
}

/// What a file that is not JSON probably is, from its first bytes.
fn kind_of(start: &[u8]) -> &'static str {
    if start.starts_with(b"PK\x03\x04") {
        "a Word, Excel or other zipped document"
    } else if start.starts_with(b"%PDF") {
        "a PDF"
    } else if start.starts_with(b"<") {
        "a web page or XML"
    } else if std::str::from_utf8(start).is_err() {
        "not text"
    } else {
        "plain text or a spreadsheet (CSV)"
    }
}

/// The group's people, each from `name`.
fn from_file(name: &str, group: Group) -> Vec<Incoming> {
    group
        .members
        .into_iter()
        .map(|member| Incoming {
            member,
            from: name.to_string(),
            pasted: String::new(),
        })
        .collect()
}
