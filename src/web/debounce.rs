//! Running something once a burst of events pauses: the directory writes
//! what was typed to the URL, and the directory and toolkit announce result
//! counts, only after typing stops for a moment. One mechanism for all.

use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

/// A pending call that each new call replaces. `Copy`; cancelled when the
/// component that created it is cleaned up, so leaving a view never lets a
/// delayed call act on the next one.
#[derive(Clone, Copy)]
pub struct Debounce {
    delay: Duration,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Debounce {
    pub fn new(delay: Duration) -> Debounce {
        let debounce = Debounce {
            delay,
            pending: StoredValue::new_local(None),
        };
        on_cleanup(move || debounce.cancel());
        debounce
    }

    /// Runs `action` after the delay, unless another call comes first.
    pub fn call(self, action: impl FnOnce() + 'static) {
        self.cancel();
        let pending = self.pending;
        let handle = set_timeout_with_handle(
            move || {
                pending.try_set_value(None);
                action();
            },
            self.delay,
        )
        .ok();
        self.pending.try_set_value(handle);
    }

    /// Drops the pending call, if any.
    pub fn cancel(self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}
