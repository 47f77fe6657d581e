//! The page's state: the group (autosaved in this browser), the messages
//! from the last thing added, and the group's result as a memo. Answers
//! carried in the page's link (`#r=…` from a result page, `#g=…` for a
//! group) are added once, then taken out of the address.

use std::sync::Arc;

use leptos::prelude::*;

use cop_navigator::components::announcer::{Announcer, use_announcer};
use cop_navigator::web::{clock, fragment, storage};
use domain::assessment::{
    AssessmentAnswers, AssessmentFile, BROWSER_KEY, Group, GroupResult, Incoming, Member,
    from_json, group_from_json, group_to_json,
};

/// Where the group is kept between visits (this browser only).
const STORAGE_KEY: &str = "cop-navigator.together.group";

#[derive(Clone, Copy)]
pub struct Together {
    content: StoredValue<Arc<AssessmentFile>>,
    pub group: RwSignal<Group>,
    pub result: Memo<GroupResult>,
    /// Problems with the last links or files added, for the error summary.
    pub problems: RwSignal<Vec<String>>,
    /// False when this browser will not keep the group.
    pub stored: RwSignal<bool>,
    /// What restoring from storage or the link did, said once at the top.
    pub opened: RwSignal<Option<String>>,
    /// Taken while set up: event handlers run outside the component's context.
    announcer: Announcer,
}

impl Together {
    pub fn new(content: Arc<AssessmentFile>) -> Together {
        let group = RwSignal::new(Group::default());
        let result_content = content.clone();
        let together = Together {
            content: StoredValue::new(content),
            group,
            result: Memo::new(move |_| group.with(|g| GroupResult::of(&result_content, g))),
            problems: RwSignal::new(Vec::new()),
            stored: RwSignal::new(storage::available()),
            opened: RwSignal::new(None),
            announcer: use_announcer(),
        };
        together.restore();
        together.open_link();
        Effect::new(move || {
            let text = group.with(|g| group_to_json(g, clock::today()));
            let kept = if group.with(|g| g.members.is_empty()) {
                storage::remove(STORAGE_KEY)
            } else {
                storage::set(STORAGE_KEY, &text)
            };
            together.stored.set(kept.is_ok());
        });
        together
    }

    pub fn content(&self) -> Arc<AssessmentFile> {
        self.content.get_value()
    }

    /// The group as it was left in this browser.
    fn restore(&self) {
        let Ok(Some(text)) = storage::get(STORAGE_KEY) else {
            return;
        };
        if let Ok(saved) = group_from_json("the saved group", text.as_bytes()) {
            let count = saved.group.members.len();
            if count > 0 {
                self.opened.set(Some(format!(
                    "Your group from last time is back ({}). Remove people below, or add more.",
                    people(count)
                )));
                self.group.set(saved.group);
            }
        }
    }

    /// Answers in the page's own link, added to the group.
    fn open_link(&self) {
        let Some(fragment) = fragment::take_fragment() else {
            return;
        };
        let mut added = 0;
        let mut problems = Vec::new();
        self.group.update(|group| {
            let pasted = group.paste(&format!("#{fragment}"));
            added = pasted.added;
            problems = pasted.messages;
        });
        if added > 0 {
            self.opened.set(Some(format!(
                "Added the answers in the link you opened ({}).",
                people(added)
            )));
        }
        self.problems.set(problems);
    }

    /// The answers the self-assessment keeps in this browser (the person's
    /// own, in progress or finished), when there are any.
    pub fn own_answers(&self) -> Option<AssessmentAnswers> {
        let text = storage::get(BROWSER_KEY).ok().flatten()?;
        from_json("your saved answers", text.as_bytes())
            .ok()
            .filter(|answers| !answers.is_empty())
    }

    /// Adds [`Together::own_answers`] to the group.
    pub fn add_own(&self, answers: AssessmentAnswers) {
        let mut messages = Vec::new();
        self.group.update(|group| {
            messages = group.add(vec![Incoming {
                member: Member::new("", answers, clock::today()),
                from: "this browser".to_string(),
                pasted: String::new(),
            }]);
        });
        let added = usize::from(messages.is_empty());
        self.report(added, messages);
    }

    /// Reads pasted links; returns what should stay in the box.
    pub fn paste(&self, text: &str) -> String {
        let mut pasted = None;
        self.group.update(|group| pasted = Some(group.paste(text)));
        let Some(pasted) = pasted else {
            return text.to_string();
        };
        self.report(pasted.added, pasted.messages);
        pasted.kept_text
    }

    /// Adds the people in a chosen or dropped file.
    pub fn add_file(&self, name: &str, bytes: &[u8]) {
        let before = self.group.with_untracked(|g| g.members.len());
        let mut messages = Vec::new();
        self.group
            .update(|group| messages = group.add_file(name, bytes));
        let added = self.group.with_untracked(|g| g.members.len()) - before;
        self.report(added, messages);
    }

    /// Shows the problems (if any) and says what changed.
    pub fn report(&self, added: usize, problems: Vec<String>) {
        let count = self.group.with_untracked(|g| g.members.len());
        let mut said = if added > 0 {
            format!("Added {}; the group has {}.", people(added), people(count))
        } else {
            "Nobody was added.".to_string()
        };
        if !problems.is_empty() {
            said += " Some of what you added could not be used: see the list of problems.";
        }
        self.problems.set(problems);
        self.say(said);
    }

    pub fn remove(&self, index: usize) {
        let mut label = String::new();
        self.group.update(|group| {
            if index < group.members.len() {
                label = group.display_label(index);
                group.members.remove(index);
            }
        });
        self.say(format!("Removed {label}."));
    }

    pub fn set_label(&self, index: usize, label: &str) {
        self.group.update(|group| {
            if let Some(member) = group.members.get_mut(index) {
                *member = Member::new(label, member.answers.clone(), member.saved_on);
            }
        });
    }

    /// Tells screen-reader users what changed (the polite live region).
    pub fn say(&self, message: impl Into<String>) {
        self.announcer.say(message);
    }

    pub fn clear(&self) {
        self.group.set(Group::default());
        self.problems.set(Vec::new());
        self.opened.set(None);
        self.say("The group is empty: add people to start again.");
    }
}

/// "1 person", "3 people".
pub fn people(count: usize) -> String {
    if count == 1 {
        "1 person".to_string()
    } else {
        format!("{count} people")
    }
}
