//! The assessment's view state: the answers (autosaved in this browser when
//! it allows), the score derived from them, and short notices with undo.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::announcer::Announcer;
use crate::web::storage;
use domain::assessment::{AssessmentAnswers, AssessmentFile, Outcome, from_json, score, to_json};

/// Where the answers are kept, in the saved-file format (Start together
/// reads them there too).
pub const STORAGE_KEY: &str = domain::assessment::BROWSER_KEY;

/// Where stored answers this version cannot read are moved (a newer
/// version may have saved them), so they are never deleted unasked. One
/// copy: answers set aside later replace it.
pub const UNREADABLE_KEY: &str = "cop-navigator.assessment.unreadable";

/// Stored answers this version could not read, kept until the person
/// downloads, opens or deletes them.
#[derive(Clone, PartialEq)]
pub struct Kept {
    /// The stored text, unchanged.
    pub text: String,
    /// Why it could not be read (a sentence), when found on this visit.
    pub reason: Option<String>,
    /// Where it is: [`UNREADABLE_KEY`], or [`STORAGE_KEY`] when the browser
    /// would not store a copy (then autosave is off until it is deleted).
    pub key: &'static str,
    /// The answers in it, when this version can read them (an older
    /// version set them aside).
    pub readable: Option<AssessmentAnswers>,
}

/// A message above the current step; `undo` restores earlier answers.
#[derive(Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
    pub undo: Option<AssessmentAnswers>,
}

#[derive(Clone, Copy)]
pub struct Assess {
    content: StoredValue<Arc<AssessmentFile>>,
    announcer: Announcer,
    pub answers: RwSignal<AssessmentAnswers>,
    /// False when the browser will not keep the answers.
    pub stored: RwSignal<bool>,
    pub notice: RwSignal<Option<Notice>>,
    /// Answers from a share link, waiting for the person to choose.
    pub shared: RwSignal<Option<AssessmentAnswers>>,
    pub outcome: Memo<Outcome>,
    /// Stored answers that could not be read, set aside.
    pub kept: RwSignal<Option<Kept>>,
}

impl Assess {
    /// Reads saved answers (if storage works) and starts autosaving.
    pub fn new(content: Arc<AssessmentFile>, announcer: Announcer) -> Assess {
        let available = storage::available();
        let (answers, notice, kept) = if available {
            restore(&content)
        } else {
            (AssessmentAnswers::default(), None, None)
        };
        // Autosaving would overwrite answers that could not be moved aside.
        let stored = available && kept.as_ref().is_none_or(|kept| kept.key != STORAGE_KEY);
        let answers = RwSignal::new(answers);
        let scored = content.clone();
        let state = Assess {
            content: StoredValue::new(content),
            announcer,
            answers,
            stored: RwSignal::new(stored),
            notice: RwSignal::new(notice),
            shared: RwSignal::new(None),
            outcome: Memo::new(move |_| answers.with(|answers| score(&scored, answers))),
            kept: RwSignal::new(kept),
        };
        state.autosave();
        state
    }

    pub fn content(&self) -> Arc<AssessmentFile> {
        self.content.get_value()
    }

    fn autosave(self) {
        Effect::new(move |_| {
            let answers = self.answers.get();
            if !self.stored.get_untracked() {
                return;
            }
            let saved = if answers.is_empty() {
                storage::remove(STORAGE_KEY)
            } else {
                storage::set(STORAGE_KEY, &to_json(&answers, None))
            };
            // Full, or blocked since the page opened: keep going in memory.
            if saved.is_err() {
                self.stored.set(false);
            }
        });
    }

    /// Shows `text` (announced too).
    pub fn say(&self, error: bool, text: impl Into<String>) {
        let text = text.into();
        self.announcer.say(text.clone());
        self.notice.set(Some(Notice {
            error,
            text,
            undo: None,
        }));
    }

    /// Replaces all answers, offering to undo when something is lost.
    pub fn replace(&self, answers: AssessmentAnswers, text: impl Into<String>) {
        let previous = self.answers.get_untracked();
        let text = text.into();
        self.announcer.say(text.clone());
        let undo = (!previous.is_empty() && previous != answers).then_some(previous);
        self.answers.set(answers);
        self.notice.set(Some(Notice {
            error: false,
            text,
            undo,
        }));
    }

    pub fn undo(&self) {
        if let Some(Notice {
            undo: Some(previous),
            ..
        }) = self.notice.get_untracked()
        {
            self.answers.set(previous);
            self.say(false, "Your earlier answers are back.");
        }
    }

    /// Deletes the kept answers, at the person's request.
    pub fn delete_kept(&self) {
        let Some(kept) = self.kept.get_untracked() else {
            return;
        };
        if storage::remove(kept.key).is_err() {
            self.say(
                true,
                "The kept answers could not be deleted: this browser is not letting the page change its stored data.",
            );
            return;
        }
        self.kept.set(None);
        if kept.key == STORAGE_KEY {
            self.stored.set(storage::available());
        }
        self.say(false, "Deleted the answers that could not be read.");
    }

    /// Opens kept answers this version can read (with undo) and forgets the copy.
    pub fn open_kept(&self) {
        let Some(Kept {
            readable: Some(answers),
            key,
            ..
        }) = self.kept.get_untracked()
        else {
            return;
        };
        self.kept.set(None);
        // The answers are saved again under STORAGE_KEY by autosave.
        if key == UNREADABLE_KEY {
            let _ = storage::remove(UNREADABLE_KEY);
        }
        self.replace(answers, "Opened the answers that had been set aside.");
    }
}

/// The file name the kept answers download as; the reason they could not
/// be read names it too.
pub const KEPT_FILE: &str = "saved-answers.json";

/// The answers saved in this browser, a notice if they could not all be
/// used, and stored answers that could not be read.
fn restore(content: &AssessmentFile) -> (AssessmentAnswers, Option<Notice>, Option<Kept>) {
    read_stored(
        content,
        storage::get(STORAGE_KEY).ok().flatten(),
        storage::get(UNREADABLE_KEY).ok().flatten(),
        |text| storage::set(UNREADABLE_KEY, text).is_ok(),
    )
}

/// [`restore`] without the storage: `found` is what [`STORAGE_KEY`] holds,
/// `earlier` what [`UNREADABLE_KEY`] holds, and `set_aside` copies text to
/// [`UNREADABLE_KEY`]. Answers that cannot be read are copied aside, never
/// dropped: the empty answers autosave writes next remove [`STORAGE_KEY`].
fn read_stored(
    content: &AssessmentFile,
    found: Option<String>,
    earlier: Option<String>,
    set_aside: impl FnOnce(&str) -> bool,
) -> (AssessmentAnswers, Option<Notice>, Option<Kept>) {
    let kept_earlier = earlier.map(|text| kept_earlier(content, text));
    let Some(text) = found else {
        return (AssessmentAnswers::default(), None, kept_earlier);
    };
    match from_json(KEPT_FILE, text.as_bytes()) {
        Ok(mut answers) => {
            let dropped = answers.retain_known(content);
            let notice = (!dropped.is_empty()).then(|| Notice {
                error: false,
                text: dropped_message(dropped.len()),
                undo: None,
            });
            (answers, notice, kept_earlier)
        }
        Err(problem) => {
            // A newer copy replaces an older one set aside before.
            let key = if set_aside(&text) {
                UNREADABLE_KEY
            } else {
                STORAGE_KEY
            };
            let kept = Kept {
                text,
                reason: Some(problem),
                key,
                readable: None,
            };
            (AssessmentAnswers::default(), None, Some(kept))
        }
    }
}

/// Answers set aside on an earlier visit, and whether this version can read them.
fn kept_earlier(content: &AssessmentFile, text: String) -> Kept {
    let readable = from_json(KEPT_FILE, text.as_bytes())
        .ok()
        .map(|mut answers| {
            answers.retain_known(content);
            answers
        })
        .filter(|answers| !answers.is_empty());
    Kept {
        text,
        reason: None,
        key: UNREADABLE_KEY,
        readable,
    }
}

/// Said when answers name statements the assessment no longer asks.
pub fn dropped_message(count: usize) -> String {
    if count == 1 {
        "1 answer was for a statement this assessment no longer asks, so it was left out.".into()
    } else {
        format!(
            "{count} answers were for statements this assessment no longer asks, so they were left out."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::assessment::Level;
    use domain::content::load;

    fn content() -> AssessmentFile {
        load(include_bytes!("../../../public/data/assessment.json")).unwrap()
    }

    const NEWER: &str = r#"{"format": "cop-navigator-assessment", "version": 99, "answers": {}}"#;

    #[test]
    fn unreadable_answers_are_set_aside_not_dropped() {
        let mut copied = None;
        let (answers, notice, kept) = read_stored(&content(), Some(NEWER.into()), None, |text| {
            copied = Some(text.to_string());
            true
        });
        assert!(answers.is_empty(), "a blank assessment");
        assert!(notice.is_none());
        assert_eq!(copied.as_deref(), Some(NEWER), "copied aside as found");
        let kept = kept.expect("kept");
        assert_eq!(kept.text, NEWER);
        assert_eq!(kept.key, UNREADABLE_KEY);
        assert!(kept.readable.is_none());
        let reason = kept.reason.unwrap();
        assert!(
            reason.contains("saved-answers.json was saved by a newer version of CoP Navigator (format version 99)"),
            "{reason}"
        );
    }

    #[test]
    fn answers_that_cannot_be_copied_stay_where_they_are() {
        let (_, _, kept) = read_stored(&content(), Some("{ not json".into()), None, |_| false);
        let kept = kept.expect("kept");
        assert_eq!(kept.key, STORAGE_KEY, "autosave is then turned off");
        assert_eq!(kept.text, "{ not json");
    }

    #[test]
    fn answers_set_aside_earlier_are_offered_again() {
        let content = content();
        let statement = content.statements().next().unwrap().1.id.clone();
        let mut saved = AssessmentAnswers::default();
        saved.set_level(&statement, Some(Level::Mostly));
        let readable = to_json(&saved, None);
        let (answers, _, kept) =
            read_stored(&content, Some(readable.clone()), Some(NEWER.into()), |_| {
                panic!("nothing to set aside")
            });
        assert_eq!(answers, saved, "the readable answers are used");
        let kept = kept.expect("the earlier copy is still offered");
        assert_eq!(
            (kept.key, kept.reason, kept.readable),
            (UNREADABLE_KEY, None, None)
        );

        // Set aside by an older version, readable by this one: can be opened.
        let (answers, _, kept) = read_stored(&content, None, Some(readable), |_| true);
        assert!(answers.is_empty());
        assert_eq!(kept.unwrap().readable, Some(saved));
    }
}
