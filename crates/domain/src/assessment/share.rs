//! Share links: the answers in the URL (`/assess?r=CODE`), with no server.
//!
//! CODE is `1.` (the format version) followed by base64url of UTF-8 lines:
//!
//! ```text
//! n<community name>
//! d<domain>
//! <statement-id>=<level><note>
//! ```
//!
//! one line per answered or annotated statement, where `<level>` is the
//! level's points (`0` not yet … `3` in place) or `-` for a note alone. In
//! the texts a backslash is written `\\` and a line break `\n`. Keyed by
//! statement id, a link survives content edits that add or reorder
//! statements; names, domains and notes travel too, so the link restores
//! exactly what was shared.

use super::answers::{AssessmentAnswers, MAX_DOMAIN, MAX_NAME, MAX_NOTE, MAX_RESPONSES};
use super::base64;
use super::model::Level;
use crate::ids::is_valid_id;

/// The version prefix this code writes and reads.
pub const SHARE_VERSION: u32 = 1;

/// Longer codes are refused before decoding (a full assessment with long
/// notes is well under this).
const MAX_CODE: usize = 100_000;

const DAMAGED: &str = "This share link is incomplete or damaged: it may have been cut short when it was copied. Ask for the link again.";

/// The value for `r`.
pub fn encode_share(answers: &AssessmentAnswers) -> String {
    format!(
        "{SHARE_VERSION}.{}",
        base64::encode(lines(answers).as_bytes())
    )
}

/// The lines the code encodes (also one person's part of a group link).
pub(super) fn lines(answers: &AssessmentAnswers) -> String {
    let mut text = format!(
        "n{}\nd{}\n",
        escape(answers.name()),
        escape(answers.domain())
    );
    for (id, response) in answers.responses() {
        let level = response
            .level
            .map_or('-', |level| char::from(b'0' + level.points() as u8));
        text += &format!("{id}={level}{}\n", escape(&response.note));
    }
    text
}

/// Reads a share code. The error is a sentence to show as it is.
pub fn decode_share(code: &str) -> Result<AssessmentAnswers, String> {
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
    base64::decode(payload)
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| read(&text))
        .ok_or_else(|| DAMAGED.into())
}

/// The answers in [`lines`]' text; `None` if anything is off.
pub(super) fn read(text: &str) -> Option<AssessmentAnswers> {
    // Every line ends with a line break, so a cut-off code is noticed.
    let mut lines = text.strip_suffix('\n')?.split('\n');
    let name = unescape(lines.next()?.strip_prefix('n')?, MAX_NAME)?;
    let domain = unescape(lines.next()?.strip_prefix('d')?, MAX_DOMAIN)?;
    let mut answers = AssessmentAnswers::default();
    answers.set_name(&name);
    answers.set_domain(&domain);
    for (count, line) in lines.enumerate() {
        let (id, rest) = line.split_once('=')?;
        let mut chars = rest.chars();
        let level = match chars.next()? {
            '-' => None,
            digit @ '0'..='3' => Some(Level::from_points(digit as u32 - '0' as u32)),
            _ => return None,
        };
        if count >= MAX_RESPONSES || !is_valid_id(id) {
            return None;
        }
        let note = unescape(chars.as_str(), MAX_NOTE)?;
        answers.set_level(id, level);
        answers.set_note(id, &note);
    }
    Some(answers)
}

pub(super) fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}

/// `None` for an unknown escape or text over `max` characters.
pub(super) fn unescape(text: &str, max: usize) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                _ => return None,
            },
            c => out.push(c),
        }
    }
    (out.chars().count() <= max).then_some(out)
}
