//! `prerender DATA_DIR [--app=together|--app=studio]`: prints `{ "pages": { PATH: { "title", "body" } },
//! "palette": [[PROPERTY, COLOUR]…] }`: every route (or the page of Start
//! together, `/together`, or of the content studio, `/studio`) rendered with the content
//! files in DATA_DIR, and the site's colours (site.json), which the app sets
//! when it starts. scripts/postbuild.mjs puts the pages into the HTML files
//! and the colours into the stylesheet (a strict CSP allows no inline style).

use std::collections::HashMap;
use std::sync::Arc;

use domain::routes::Route;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .find(|arg| !arg.starts_with("--"))
        .map_or("public/data", String::as_str);
    let files = read_files(dir);
    let json =
        |page: prerender::Page| serde_json::json!({ "title": page.title, "body": page.body });
    // `--app=together` and `--app=studio`: a second app's one page.
    let pages: serde_json::Map<String, serde_json::Value> =
        if args.iter().any(|arg| arg == "--app=together") {
            let page = prerender::render_together(&files);
            [("/together".to_string(), json(page))]
                .into_iter()
                .collect()
        } else if args.iter().any(|arg| arg == "--app=studio") {
            use studio::app::Page;
            [
                ("/studio", Page::Studio),
                ("/studio/suggest", Page::Suggest),
            ]
            .into_iter()
            .map(|(path, page)| {
                (
                    path.to_string(),
                    json(prerender::render_studio(&files, page)),
                )
            })
            .collect()
        } else {
            Route::ALL
                .iter()
                .map(|&route| {
                    let page = prerender::render(route, &files);
                    (route.path().to_string(), json(page))
                })
                .collect()
        };
    println!(
        "{}",
        serde_json::json!({ "pages": pages, "palette": prerender::palette(&files) })
    );
}

fn read_files(dir: &str) -> Arc<HashMap<String, Vec<u8>>> {
    // A file the build cannot read fails the build, rather than shipping
    // pages that say it could not be loaded.
    let fail = |what: &str, error: std::io::Error| -> ! {
        eprintln!("prerender: cannot read {what}: {error}");
        std::process::exit(1);
    };
    let entries = std::fs::read_dir(dir).unwrap_or_else(|error| fail(dir, error));
    let mut files = HashMap::new();
    for entry in entries {
        let path = entry.unwrap_or_else(|error| fail(dir, error)).path();
        if path.extension().is_some_and(|ext| ext == "json") {
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|error| fail(&path.display().to_string(), error));
            files.insert(
                path.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                bytes,
            );
        }
    }
    Arc::new(files)
}
