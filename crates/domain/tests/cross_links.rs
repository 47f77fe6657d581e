//! Links between content files, through the `validate` command: a broken
//! link from roles.json to a toolkit section (or from the toolkit to a role)
//! is reported when both files are checked together; `make validate` checks
//! all the published files, guide.json and assessment.json included.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// Runs `validate` on the two files, written to a folder of their own (`case`).
fn validate_pair(case: &str, roles: &str, toolkit: &str) -> (Option<i32>, String) {
    let dir = std::env::temp_dir().join(format!("cop-cross-{}-{case}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("roles.json"), roles).unwrap();
    std::fs::write(dir.join("toolkit.json"), toolkit).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg(dir.join("roles.json"))
        .arg(dir.join("toolkit.json"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

const ROLES: &str = include_str!("../../../public/data/roles.json");
const TOOLKIT: &str = include_str!("../../../public/data/toolkit.json");

#[test]
fn the_published_pair_is_valid() {
    let (status, stdout) = validate_pair("published", ROLES, TOOLKIT);
    assert_eq!(status, Some(0), "{stdout}");
}

#[test]
fn a_renamed_toolkit_section_breaks_links_from_both_files() {
    // Renaming a section the roles link to: each file is fine alone, the pair is not.
    let toolkit = TOOLKIT.replace("\"id\": \"stages-of-development\"", "\"id\": \"stages\"");
    let toolkit = toolkit.replace("(#stages-of-development)", "(#stages)");
    let (status, stdout) = validate_pair("renamed", ROLES, &toolkit);
    assert_eq!(status, Some(1), "{stdout}");
    assert!(
        stdout.contains("ok      "),
        "each file passes on its own: {stdout}"
    );
    assert!(
        stdout.contains("INVALID links between roles.json and toolkit.json"),
        "{stdout}"
    );
    assert!(
        stdout.contains("roles.json: field `movement`: links to toolkit section \"stages-of-development\", which toolkit.json does not have."),
        "{stdout}"
    );
}

#[test]
fn a_link_to_a_missing_role_is_reported() {
    let toolkit = TOOLKIT.replacen("/roles?level=core", "/roles?level=centre", 1);
    let (status, stdout) = validate_pair("missing-level", ROLES, &toolkit);
    assert_eq!(status, Some(1), "{stdout}");
    assert!(
        stdout.contains("toolkit.json: sections[5] (id \"roles-and-participation\"), field `body`: links to a level of participation \"centre\", which roles.json does not have."),
        "{stdout}"
    );
}

#[test]
fn the_validator_checks_the_guide_against_the_toolkit() {
    let dir = std::env::temp_dir().join(format!("cop-cross-{}-guide", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let guide = include_str!("../../../public/data/guide.json").replacen(
        "/toolkit?s=networks-vs-cops",
        "/toolkit?s=networks",
        1,
    );
    std::fs::write(dir.join("guide.json"), guide).unwrap();
    std::fs::write(dir.join("toolkit.json"), TOOLKIT).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg(dir.join("guide.json"))
        .arg(dir.join("toolkit.json"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("INVALID links between toolkit.json and guide.json"),
        "{stdout}"
    );
    assert!(
        stdout.contains("guide.json: forms[0] (id \"community-of-practice\"), field `next_steps`: links to toolkit section \"networks\", which toolkit.json does not have."),
        "{stdout}"
    );
}
