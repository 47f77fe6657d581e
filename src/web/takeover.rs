//! Starting the app over its prerendered first screen.
//!
//! Each page arrives with the view's first screen already in it, rendered at
//! build time by these same components (crates/prerender), inside
//! `<div class="app-root" data-prerendered>`. The app does not hydrate it:
//! content may have been edited since the build, and hydrating markup that
//! does not match traps the wasm. Instead it waits until the content files
//! the page lists have arrived (the loader started them with the wasm), then
//! swaps its own render in within one task, so no frame shows the loading
//! state in between; the reader keeps their scroll position and focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::prefetch;

/// Mounts `app` in place of the prerendered first screen, or at the end of
/// the body when the page has none (the dev server skips prerendering).
pub fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let first_screen = document()
        .query_selector(".app-root[data-prerendered]")
        .ok()
        .flatten();
    let Some(first_screen) = first_screen else {
        leptos::mount::mount_to_body(app);
        remove_boot_status();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        // The content arrives before the app renders: its first render is
        // then the loaded view (parsed within this task), not "Loading…".
        prefetch::settle().await;
        let focused = FocusPath::of_active_element(&first_screen);
        let (x, y) = (
            window().scroll_x().unwrap_or(0.0),
            window().scroll_y().unwrap_or(0.0),
        );
        let Ok(root) = document().create_element("div") else {
            return;
        };
        root.set_class_name("app-root");
        let _ = first_screen.replace_with_with_node_1(&root);
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        leptos::mount::mount_to(root.clone(), app).forget();
        remove_boot_status();
        // Before the next paint, once the content's microtasks have run.
        // (Focus first: focusing may scroll.)
        request_animation_frame(move || {
            if let Some(focused) = focused {
                focused.restore(&root);
            }
            window().scroll_to_with_x_and_y(x, y);
        });
    });
}

fn remove_boot_status() {
    if let Ok(Some(status)) = document().query_selector(".boot-status") {
        status.remove();
    }
}

/// Where the focused element sits below the first screen's root, as the
/// index of each element among its parent's elements: the app renders the
/// same markup, so the same path leads to the same control or link.
struct FocusPath(Vec<u32>);

impl FocusPath {
    fn of_active_element(root: &web_sys::Element) -> Option<FocusPath> {
        let mut element = document().active_element()?;
        let mut path = Vec::new();
        while !element.is_same_node(Some(root)) {
            let parent = element.parent_element()?;
            let siblings = parent.children();
            let index = (0..siblings.length())
                .find(|&index| siblings.item(index).is_some_and(|item| item == element))?;
            path.push(index);
            element = parent;
        }
        path.reverse();
        Some(FocusPath(path))
    }

    fn restore(&self, root: &web_sys::HtmlElement) {
        let mut element: web_sys::Element = root.clone().into();
        for &index in &self.0 {
            let Some(child) = element.children().item(index) else {
                return;
            };
            element = child;
        }
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}
