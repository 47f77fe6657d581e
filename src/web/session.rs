//! State a view keeps while the user moves around the app in this tab (the
//! guide's answers, say), so leaving a view and coming back resumes it.
//! Held in memory by the app root; nothing is written to storage.

use std::collections::HashMap;

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SessionStore(StoredValue<HashMap<&'static str, String>>);

impl SessionStore {
    pub fn provide() {
        provide_context(SessionStore(StoredValue::new(HashMap::new())));
    }

    pub fn get(&self, key: &'static str) -> Option<String> {
        self.0.with_value(|map| map.get(key).cloned())
    }

    /// Stores `value`; an empty value forgets the key.
    pub fn set(&self, key: &'static str, value: String) {
        self.0.update_value(|map| {
            if value.is_empty() {
                map.remove(key);
            } else {
                map.insert(key, value);
            }
        });
    }
}

pub fn use_session() -> SessionStore {
    expect_context::<SessionStore>()
}
