//! The assessment's view state: the answers (autosaved in this browser when
//! it allows), the score derived from them, and short notices with undo.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::announcer::Announcer;
use crate::web::storage;
use domain::assessment::{AssessmentAnswers, AssessmentFile, Outcome, from_json, score, to_json};

/// Where the answers are kept, in the saved-file format.
pub const STORAGE_KEY: &str = "cop-navigator.assessment";

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
}

impl Assess {
    /// Reads saved answers (if storage works) and starts autosaving.
    pub fn new(content: Arc<AssessmentFile>, announcer: Announcer) -> Assess {
        let stored = storage::available();
        let (answers, notice) = if stored {
            restore(&content)
        } else {
            (AssessmentAnswers::default(), None)
        };
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
}

/// The answers saved in this browser, and a notice if they could not all be used.
fn restore(content: &AssessmentFile) -> (AssessmentAnswers, Option<Notice>) {
    let notice = |text: String| {
        Some(Notice {
            error: true,
            text,
            undo: None,
        })
    };
    let Ok(Some(text)) = storage::get(STORAGE_KEY) else {
        return (AssessmentAnswers::default(), None);
    };
    match from_json("saved-answers.json", text.as_bytes()) {
        Ok(mut answers) => {
            let dropped = answers.retain_known(content);
            let notice = (!dropped.is_empty()).then(|| Notice {
                error: false,
                text: dropped_message(dropped.len()),
                undo: None,
            });
            (answers, notice)
        }
        Err(problem) => (
            AssessmentAnswers::default(),
            notice(format!(
                "The answers saved in this browser could not be read, so you are starting afresh. ({problem})"
            )),
        ),
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
