//! The app's views and their paths. The UI's router and navigation, the
//! content validator (internal links) and the post-build step that writes one
//! HTML file per route (scripts/postbuild.mjs, checked by a test) all follow
//! this one list.

use crate::url::QueryString;

/// Start together, the second app (apps/together): its folder under the
/// navigator's root. Not a route: its own page and wasm, so the navigator's
/// visitors download none of it.
pub const TOGETHER_FOLDER: &str = "together/";

/// The link to Start together from the navigator's root URL (ending in `/`).
/// (A person's answers reach it through this browser's storage or their
/// share link; the link itself stays static, the cheapest code in the
/// navigator's download.)
pub fn together_link(root_url: &str) -> String {
    format!("{root_url}{TOGETHER_FOLDER}")
}

/// The content studio's folder (apps/studio), below the navigator's root:
/// its own page and wasm, for the directory's editors.
pub const STUDIO_FOLDER: &str = "studio/";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Guide,
    Roles,
    Directory,
    Assess,
    Toolkit,
    /// The accessibility statement: linked from every page's footer (and the
    /// embed bar), not from the main navigation.
    Accessibility,
}

impl Route {
    pub const ALL: [Route; 7] = [
        Route::Home,
        Route::Guide,
        Route::Roles,
        Route::Directory,
        Route::Assess,
        Route::Toolkit,
        Route::Accessibility,
    ];

    /// The views in the main navigation, in its order.
    pub const NAV: [Route; 6] = [
        Route::Home,
        Route::Guide,
        Route::Roles,
        Route::Directory,
        Route::Assess,
        Route::Toolkit,
    ];

    /// The path relative to the app's root, as the router sees it.
    pub fn path(self) -> &'static str {
        match self {
            Route::Home => "/",
            Route::Guide => "/guide",
            Route::Roles => "/roles",
            Route::Directory => "/directory",
            Route::Assess => "/assess",
            Route::Toolkit => "/toolkit",
            Route::Accessibility => "/accessibility",
        }
    }

    /// The path's one segment without the slash (`directory`; empty for home),
    /// as the router's route definitions take it.
    pub const fn segment(self) -> &'static str {
        match self {
            Route::Home => "",
            Route::Guide => "guide",
            Route::Roles => "roles",
            Route::Directory => "directory",
            Route::Assess => "assess",
            Route::Toolkit => "toolkit",
            Route::Accessibility => "accessibility",
        }
    }

    /// The app-relative link to this route with `query` (`/directory?q=x`).
    pub fn path_with(self, query: &QueryString) -> String {
        format!("{}{}", self.path(), query.to_query())
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            Route::Home => "Home",
            Route::Guide => "Which group?",
            Route::Roles => "Roles",
            Route::Directory => "Directory",
            Route::Assess => "Self-assessment",
            Route::Toolkit => "Toolkit",
            Route::Accessibility => "Accessibility statement",
        }
    }

    /// The view's page title (for `<title>` and the main heading).
    pub fn title(self) -> &'static str {
        match self {
            Route::Home => "What do you want to do?",
            Route::Guide => "Which kind of group fits?",
            Route::Roles => "Roles in a community of practice",
            Route::Directory => "Community directory",
            Route::Assess => "Are you ready to start a community?",
            Route::Toolkit => "Toolkit",
            Route::Accessibility => "Accessibility statement for CoP Navigator",
        }
    }

    /// The route for an app-relative path such as `/directory`; tolerates the
    /// forms static hosts produce (`/directory/`, `/directory.html`, `/index.html`).
    pub fn from_path(path: &str) -> Option<Route> {
        let path = canonical_path(path);
        Route::ALL.into_iter().find(|route| route.path() == path)
    }
}

/// Normalises an app-relative path: no trailing slash, no `.html`, no
/// `index.html`; the root is `/`. Static hosts serve a route as
/// `directory/index.html` (URL `/directory/`) or as `directory.html`.
pub fn canonical_path(path: &str) -> String {
    // Repeated until nothing changes, so the result is canonical itself
    // (`.html.html` would otherwise become `/.html`; found by fuzzing).
    let mut path = path.trim_end_matches('/');
    loop {
        let before = path;
        if let Some(stripped) = path.strip_suffix("/index.html") {
            path = stripped;
        } else if path == "index.html" || path == "/index.html" {
            path = "";
        } else if let Some(stripped) = path.strip_suffix(".html") {
            path = stripped;
        }
        path = path.trim_end_matches('/');
        if path == before {
            break;
        }
    }
    if path.is_empty() {
        "/".to_string()
    } else if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn together_links() {
        assert_eq!(
            together_link("https://intranet.example.ac.uk/cop/"),
            "https://intranet.example.ac.uk/cop/together/"
        );
    }

    #[test]
    fn canonical_forms() {
        for (input, expected) in [
            ("", "/"),
            ("/", "/"),
            ("/index.html", "/"),
            ("/directory", "/directory"),
            ("/directory/", "/directory"),
            ("/directory.html", "/directory"),
            ("/directory/index.html", "/directory"),
            ("/nope/deeper/", "/nope/deeper"),
            // Found by the url_state fuzz target: the result must be canonical too.
            (".html.html", "/"),
            ("/guide.html/index.html", "/guide"),
        ] {
            assert_eq!(canonical_path(input), expected, "{input}");
            assert_eq!(
                canonical_path(expected),
                expected,
                "{expected} is canonical"
            );
        }
        assert_eq!(Route::from_path("/toolkit/"), Some(Route::Toolkit));
        for route in Route::ALL {
            assert_eq!(route.path(), format!("/{}", route.segment()));
        }
        assert_eq!(Route::from_path("/toolkits"), None);
        assert_eq!(
            Route::from_path("/accessibility/"),
            Some(Route::Accessibility)
        );
    }

    /// The statement is reached from the footer, not the main navigation;
    /// every other view is in the navigation once.
    #[test]
    fn navigation_lists_every_view_but_the_statement() {
        let in_nav: Vec<Route> = Route::ALL
            .into_iter()
            .filter(|route| Route::NAV.contains(route))
            .collect();
        assert_eq!(in_nav, Route::NAV);
        assert!(!Route::NAV.contains(&Route::Accessibility));
        assert_eq!(Route::ALL.len(), Route::NAV.len() + 1);
    }

    /// The post-build step writes an HTML file for each route; it must list them all.
    #[test]
    fn postbuild_script_lists_every_route() {
        let script = include_str!("../../../scripts/postbuild.mjs");
        let line = script
            .lines()
            .find(|line| line.starts_with("const ROUTES"))
            .expect("ROUTES line");
        let expected: Vec<String> = Route::ALL
            .iter()
            .filter(|r| **r != Route::Home)
            .map(|r| format!("'{}'", &r.path()[1..]))
            .collect();
        assert_eq!(line, format!("const ROUTES = [{}];", expected.join(", ")));
    }
}
