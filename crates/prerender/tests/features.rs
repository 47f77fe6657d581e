//! Invariant: the browser build renders client-side only. Leptos's `ssr`
//! features (server rendering, which the prerender needs natively) are
//! target-specific dependencies of the app, so they must never reach the
//! wasm a visitor downloads, and the native build must never get `csr`
//! (its effects would run at build time).

use std::process::Command;

/// The features of `package` enabled when building the app for `target`.
fn features(target: &str, package: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["tree", "--locked", "--offline", "-p", "cop-navigator"])
        .args(["--target", target, "-e", "features", "-i", package])
        .args(["--prefix", "none", "--format", "{p} {f}"])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text
        .lines()
        .find(|line| line.starts_with(&format!("{package} v")))
        .unwrap_or_else(|| panic!("{package} is in the tree for {target}:\n{text}"));
    line.rsplit(' ')
        .next()
        .unwrap_or_default()
        .split(',')
        .map(str::to_string)
        .collect()
}

#[test]
fn the_wasm_renders_client_side_and_the_prerender_server_side() {
    let wasm = features("wasm32-unknown-unknown", "leptos");
    assert!(wasm.contains(&"csr".to_string()), "{wasm:?}");
    assert!(
        !wasm
            .iter()
            .any(|feature| feature == "ssr" || feature == "hydrate"),
        "{wasm:?}"
    );
    let router = features("wasm32-unknown-unknown", "leptos_router");
    assert!(!router.contains(&"ssr".to_string()), "{router:?}");

    let native = features(&host(), "leptos");
    assert!(native.contains(&"ssr".to_string()), "{native:?}");
    assert!(!native.contains(&"csr".to_string()), "{native:?}");
}

/// The machine's own target triple, as rustc names it.
fn host() -> String {
    let output = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_string()
}
