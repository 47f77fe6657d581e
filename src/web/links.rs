//! Addresses of the app's own views. leptos_router 0.8's `<A>` leaves an href
//! that starts with `/` untouched, ignoring the router base, so every internal
//! link and navigation goes through here: `app_href` adds the base detected
//! at run time and, in embed mode, keeps `embed=1` so the frame stays in
//! embed mode; `absolute_url` is the plain address to share outside the app.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::web::base::AppBase;
use crate::web::embed::presentation;
use domain::presentation::Presentation;
use domain::url::QueryString;

/// The full path of an app-relative path (`/directory?q=x` → `/sub/path/directory?q=x`).
pub fn app_href(path: &str) -> String {
    AppHrefs::current().href(path)
}

/// What turns app-relative paths into hrefs, read from context once so it can
/// be used later outside any reactive owner (in a closure or handler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppHrefs {
    router_base: String,
    presentation: Presentation,
}

impl AppHrefs {
    pub fn current() -> AppHrefs {
        AppHrefs {
            router_base: use_context::<AppBase>()
                .map(|base| base.router_base)
                .unwrap_or_default(),
            presentation: presentation(),
        }
    }

    pub fn href(&self, path: &str) -> String {
        format!("{}{}", self.router_base, self.in_frame(path))
    }

    /// The app-relative path as the router should see it: keeping `embed=1`
    /// and `theme=` when the first address had them.
    fn in_frame(&self, path: &str) -> String {
        self.presentation.keep(path)
    }
}

/// The absolute address of an app-relative path, without `embed=1`: a link to
/// copy or share opens the full app wherever it is pasted.
pub fn absolute_url(path: &str) -> String {
    format!("{}{}", app_root().trim_end_matches('/'), path)
}

/// The app root's absolute URL, ending in `/` (from the context, or read
/// from the page when a view is mounted on its own, as in component tests).
pub fn app_root() -> String {
    use_context::<AppBase>()
        .unwrap_or_else(AppBase::detect)
        .root_url
}

/// The current address without `embed=1`, relative to the host (the router
/// base included): the embed bar's way out to the full app at the same state.
pub fn use_full_app_link() -> Signal<String> {
    let location = use_location();
    Signal::derive(move || {
        // The router's `search` has no leading `?`.
        let mut query = QueryString::parse(&location.search.get());
        // The full app follows the reader's own colours.
        query.remove("embed").remove("theme");
        // The fragment may carry private parameters (`#about=…`): keep them.
        // (A prerendered page has none.)
        let hash = match crate::web::in_browser() {
            true => location.hash.get(),
            false => String::new(),
        };
        format!("{}{}{hash}", location.pathname.get(), query.to_query())
    })
}

/// The path of the current address (router base included), as typed.
pub fn current_path() -> String {
    use_location().pathname.get_untracked()
}

/// What leptos_router's `use_navigate` returns.
type Navigate = dyn Fn(&str, NavigateOptions);

/// Moves to app-relative paths in the app (`/directory?q=x`), keeping embed
/// mode and the scroll position (views move focus themselves). `Copy`, so any
/// handler can hold it; create it while the component is set up.
#[derive(Clone, Copy)]
pub struct AppNavigate {
    navigate: StoredValue<Box<Navigate>, LocalStorage>,
    hrefs: StoredValue<AppHrefs>,
}

impl AppNavigate {
    /// Opens `path` as a new history entry.
    pub fn push(self, path: &str) {
        self.go(path, false);
    }

    /// Shows `path` in place of the current history entry.
    pub fn replace(self, path: &str) {
        self.go(path, true);
    }

    fn go(self, path: &str, replace: bool) {
        let target = self.hrefs.with_value(|hrefs| hrefs.in_frame(path));
        self.navigate.with_value(|navigate| {
            navigate(
                &target,
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            )
        });
    }
}

/// Navigation within the app (needs a `Router`).
pub fn use_app_navigate() -> AppNavigate {
    AppNavigate {
        navigate: StoredValue::new_local(Box::new(use_navigate())),
        hrefs: StoredValue::new(AppHrefs::current()),
    }
}

#[cfg(test)]
mod tests {
    use super::AppHrefs;
    use domain::presentation::Presentation;

    #[test]
    fn hrefs_add_the_base_and_keep_embed_mode() {
        let plain = AppHrefs {
            router_base: "/sub/path".into(),
            presentation: Presentation::default(),
        };
        assert_eq!(plain.href("/view?q=x"), "/sub/path/view?q=x");
        let framed = AppHrefs {
            presentation: Presentation {
                embedded: true,
                theme_param: None,
            },
            ..plain
        };
        assert_eq!(framed.href("/view?q=x"), "/sub/path/view?q=x&embed=1");
        assert_eq!(framed.in_frame("/"), "/?embed=1");
    }
}
