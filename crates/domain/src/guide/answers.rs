//! A person's answers, and their compact form in links (`/guide?a=k3x9qz.20-13`).
//!
//! The text before the dot fingerprints the questions and options (their ids
//! and order), so a link made before the guide's questions changed is
//! recognised as outdated instead of being read as different answers. After
//! the dot comes one character per question: the chosen option's position
//! (`0`–`9`, then `a`–`z`) or `-` for a question not answered; trailing `-`s
//! are dropped. Wording changes keep links valid; id or order changes do not.

use super::GuideFile;

/// The longest "what would the group be about?" text kept from a link.
pub const MAX_ABOUT_CHARS: usize = 100;

/// Bumping this makes every earlier link outdated: change it with the format.
const FORMAT: &str = "guide-answers-1";

/// One character per option position.
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const SKIPPED: char = '-';

/// Why an answer string from a link was ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// Not something this app wrote (cut short, mistyped, tampered with).
    Malformed,
    /// Written for an earlier version of the guide's questions.
    Outdated,
}

/// The chosen option for each question, in question order (`None`: not
/// answered). Always as long as the guide has questions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct GuideAnswers(Vec<Option<usize>>);

/// What an answer string must agree with: the guide's fingerprint and how
/// many options each question has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub fingerprint: String,
    pub options: Vec<usize>,
}

impl Shape {
    pub fn of(guide: &GuideFile) -> Shape {
        let mut text = String::from(FORMAT);
        for question in &guide.questions {
            text.push('|');
            text.push_str(&question.id);
            text.push(':');
            let ids: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
            text.push_str(&ids.join(","));
        }
        Shape {
            fingerprint: base36(fnv1a(text.as_bytes())),
            options: guide.questions.iter().map(|q| q.options.len()).collect(),
        }
    }
}

impl GuideAnswers {
    /// No answers yet, for a guide of `questions` questions.
    pub fn none(questions: usize) -> GuideAnswers {
        GuideAnswers(vec![None; questions])
    }

    pub fn from_choices(choices: Vec<Option<usize>>) -> GuideAnswers {
        GuideAnswers(choices)
    }

    /// The option chosen for question `question`.
    pub fn get(&self, question: usize) -> Option<usize> {
        self.0.get(question).copied().flatten()
    }

    /// A copy with question `question` answered `choice` (or cleared).
    pub fn with(&self, question: usize, choice: Option<usize>) -> GuideAnswers {
        let mut choices = self.0.clone();
        if let Some(slot) = choices.get_mut(question) {
            *slot = choice;
        }
        GuideAnswers(choices)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answered() == 0
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.0.iter().filter(|choice| choice.is_some()).count()
    }

    /// The first question without an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.0.iter().position(Option::is_none)
    }

    /// `(question, option)` for each answered question, in order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(question, choice)| choice.map(|option| (question, option)))
    }

    /// The text for a link. Choices the shape cannot hold are left out.
    pub fn encode(&self, shape: &Shape) -> String {
        let mut body: String = shape
            .options
            .iter()
            .enumerate()
            .map(|(question, &count)| match self.get(question) {
                Some(option) if option < count.min(DIGITS.len()) => DIGITS[option] as char,
                _ => SKIPPED,
            })
            .collect();
        body.truncate(body.trim_end_matches(SKIPPED).len());
        format!("{}.{body}", shape.fingerprint)
    }

    /// Reads a link's answer text. Never panics, whatever the text.
    pub fn decode(text: &str, shape: &Shape) -> Result<GuideAnswers, DecodeError> {
        let text = text.trim().to_ascii_lowercase();
        let (fingerprint, body) = text.split_once('.').ok_or(DecodeError::Malformed)?;
        let well_formed = (1..=7).contains(&fingerprint.len())
            && fingerprint.bytes().all(|b| DIGITS.contains(&b))
            && body
                .bytes()
                .all(|b| DIGITS.contains(&b) || b == SKIPPED as u8);
        if !well_formed {
            return Err(DecodeError::Malformed);
        }
        if fingerprint != shape.fingerprint {
            return Err(DecodeError::Outdated);
        }
        if body.len() > shape.options.len() {
            return Err(DecodeError::Malformed);
        }
        let mut choices = vec![None; shape.options.len()];
        for (question, byte) in body.bytes().enumerate() {
            if byte == SKIPPED as u8 {
                continue;
            }
            let option = DIGITS
                .iter()
                .position(|&d| d == byte)
                .filter(|&option| option < shape.options[question])
                .ok_or(DecodeError::Malformed)?;
            choices[question] = Some(option);
        }
        Ok(GuideAnswers(choices))
    }
}

/// FNV-1a, 32 bits: small, stable across platforms and releases.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

fn base36(mut value: u32) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8_lossy(&digits).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(options: &[usize]) -> Shape {
        Shape {
            fingerprint: "abc".into(),
            options: options.to_vec(),
        }
    }

    #[test]
    fn encodes_positions_and_drops_trailing_skips() {
        let shape = shape(&[4, 4, 12, 3, 3]);
        let answers = GuideAnswers::from_choices(vec![Some(2), None, Some(11), None, None]);
        assert_eq!(answers.encode(&shape), "abc.2-b");
        assert_eq!(GuideAnswers::decode("abc.2-b", &shape), Ok(answers));
        assert_eq!(GuideAnswers::none(5).encode(&shape), "abc.");
        assert_eq!(
            GuideAnswers::decode("abc.", &shape),
            Ok(GuideAnswers::none(5))
        );
        assert_eq!(
            GuideAnswers::decode(" ABC.2-B ", &shape).map(|a| a.answered()),
            Ok(2)
        );
    }

    #[test]
    fn tells_malformed_from_outdated() {
        let shape = shape(&[3, 3]);
        for bad in [
            "",
            "abc",
            "abc.3",
            "abc.012",
            "abc.0+",
            "ab c.0",
            "abcdefgh.0",
            ".0",
        ] {
            assert_eq!(
                GuideAnswers::decode(bad, &shape),
                Err(DecodeError::Malformed),
                "{bad:?}"
            );
        }
        assert_eq!(
            GuideAnswers::decode("zzz.01", &shape),
            Err(DecodeError::Outdated)
        );
    }

    #[test]
    fn fingerprint_is_short_base36() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(base36(u32::MAX), "1z141z3");
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
    }
}
