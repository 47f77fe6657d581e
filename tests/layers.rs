//! The UI's layering, checked on the source tree rather than kept by habit:
//! - Invariant: only `src/web/` talks to the browser. Views (`src/pages/`),
//!   widgets (`src/components/`), Start together (`apps/together/src/`) and the
//!   content studio (`apps/studio/src/`) never name `web_sys`, `js_sys` or
//!   `wasm_bindgen`; they call the helpers in `src/web/`.
//! - Invariant: views read and change URL state only through
//!   `web::url_state::use_url_state` (and move elsewhere through
//!   `web::links`): no router hook is called from `src/pages/` or
//!   `src/components/`.
//! - Invariant: no HTML from data reaches the page: nothing in the app sets
//!   `inner_html`.
//! - Invariant: route paths come from `domain::routes` only. No source file
//!   of the app spells a view's path (`"/directory…"`) as a string literal.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use domain::routes::Route;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn source(folder: &str) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    rust_files(&root)
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable");
            (path, text)
        })
        .collect()
}

/// Every line of `files` containing one of `needles`, as `path:line: text`.
fn lines_with(files: &[(PathBuf, String)], needles: &[String]) -> Vec<String> {
    files
        .iter()
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| needles.iter().any(|needle| line.contains(needle.as_str())))
                .map(move |(number, line)| {
                    format!("{}:{}: {}", path.display(), number + 1, line.trim())
                })
        })
        .collect()
}

#[test]
fn only_src_web_touches_the_browser() {
    let needles: Vec<String> = ["web_sys", "js_sys", "wasm_bindgen"]
        .map(String::from)
        .into();
    // Start together and the content studio (apps/) call the same helpers;
    // their main.rs, like src/main.rs, is the one place that exports to the loader.
    for folder in [
        "src/pages",
        "src/components",
        "apps/together/src",
        "apps/studio/src",
    ] {
        let files: Vec<_> = source(folder)
            .into_iter()
            .filter(|(path, _)| !path.ends_with("main.rs"))
            .collect();
        assert!(files.len() > 5, "{folder} was read");
        let found = lines_with(&files, &needles);
        assert!(
            found.is_empty(),
            "use a helper in src/web/ instead:\n{}",
            found.join("\n")
        );
    }
    // The check would see a use where there is one.
    assert!(!lines_with(&source("src/web"), &needles).is_empty());
}

#[test]
fn views_use_the_url_state_hook_not_the_router() {
    let needles: Vec<String> = [
        "leptos_router::hooks",
        "use_navigate",
        "use_location",
        "use_query",
    ]
    .map(String::from)
    .into();
    for folder in ["src/pages", "src/components"] {
        let found = lines_with(&source(folder), &needles);
        assert!(
            found.is_empty(),
            "use web::url_state::use_url_state or web::links:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn no_html_from_strings() {
    let mut files = source("src");
    files.extend(source("apps/together/src"));
    files.extend(source("apps/studio/src"));
    let found = lines_with(&files, &["inner_html".to_string()]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn route_paths_are_spelled_only_in_the_domain() {
    let needles: Vec<String> = Route::ALL
        .into_iter()
        .filter(|route| *route != Route::Home)
        .map(|route| format!("\"{}", route.path()))
        .collect();
    let mut files = source("src");
    files.extend(source("apps/together/src"));
    files.extend(source("apps/studio/src"));
    let found = lines_with(&files, &needles);
    assert!(
        found.is_empty(),
        "build links with domain::routes::Route or the view's UrlState:\n{}",
        found.join("\n")
    );
}
