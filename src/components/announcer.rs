//! One polite live region for the whole app, so views can tell screen-reader
//! users what changed ("12 communities found") without moving focus.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    pub fn provide() -> Announcer {
        let announcer = Announcer(RwSignal::new(String::new()));
        provide_context(announcer);
        announcer
    }

    /// Announces `message`; repeating the same message announces it again.
    pub fn say(&self, message: impl Into<String>) {
        let message = message.into();
        let signal = self.0;
        if signal.get_untracked() == message {
            signal.set(String::new());
            // Let the cleared region be seen before the text returns.
            set_timeout(
                move || signal.set(message),
                std::time::Duration::from_millis(50),
            );
        } else {
            signal.set(message);
        }
    }
}

pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}

#[component]
pub fn LiveRegion(announcer: Announcer) -> impl IntoView {
    view! { <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{move || announcer.0.get()}</div> }
}
