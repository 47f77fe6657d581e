//! Invariant: the domain builds without a browser stack. Its normal
//! dependencies, for every target, hold no leptos, web-sys, js-sys,
//! wasm-bindgen or gloo crate, so a stray `use leptos` in the domain cannot
//! compile and the validator and fuzz targets never build the UI.

use std::process::Command;

const FORBIDDEN: [&str; 6] = [
    "leptos",
    "tachys",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo",
];

/// The crate names `cargo tree` lists for `package`'s normal dependencies.
fn dependencies(package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal",
            "--target",
            "all",
        ])
        .args(["--prefix", "none", "-p", package])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split(' ').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_domain_depends_on_no_browser_crate() {
    let domain = dependencies("domain");
    let browser: Vec<&String> = domain
        .iter()
        .filter(|name| FORBIDDEN.iter().any(|f| name.starts_with(f)))
        .collect();
    assert!(browser.is_empty(), "the domain crate pulls in {browser:?}");
    // The check sees real dependencies: serde_json is there, and the app's list has leptos.
    assert!(domain.iter().any(|name| name == "serde_json"), "{domain:?}");
    assert!(
        dependencies("cop-navigator")
            .iter()
            .any(|name| name == "leptos")
    );
}

#[test]
fn the_domain_forbids_unsafe_code() {
    let lib = include_str!("../src/lib.rs");
    assert!(lib.contains("#![forbid(unsafe_code)]"));
}
