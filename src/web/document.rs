//! Small effects on the document outside the app's own DOM tree.

/// The site name shown in the header and the tab title.
pub const SITE_NAME: &str = "CoP Navigator";

/// Sets the tab title: "View — CoP Navigator".
pub fn set_title(view: &str) {
    let title = if view.is_empty() {
        SITE_NAME.to_string()
    } else {
        format!("{view} — {SITE_NAME}")
    };
    leptos::prelude::document().set_title(&title);
}
