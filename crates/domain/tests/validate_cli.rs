//! The validator's own messages, for mistakes in running it: each says where
//! it looked and what to do.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// An empty folder of its own for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cop-validate-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn validate(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_validate"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn outside_the_project_it_says_where_it_looked_once() {
    let dir = scratch("outside");
    let output = validate(&dir, &[]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(output.status.code(), Some(2), "misuse");
    assert_eq!(text(&output.stdout), "");
    assert_eq!(
        text(&output.stderr),
        format!(
            "validate: there is no folder {}; run it from the project folder, or pass the files: \
             validate path/to/directory.json\n",
            dir.join("public/data").display()
        )
    );
}

#[test]
fn a_file_it_cannot_read_is_named_with_its_full_path_and_the_reason() {
    let dir = scratch("missing");
    let missing = dir.join("directory.json");
    let reason = std::fs::read(&missing).unwrap_err().to_string();
    // Given relative to the folder it runs in: the message shows the full path.
    let output = validate(&dir, &["directory.json"]);
    let folder = validate(&dir, &["."]);
    std::fs::create_dir(dir.join("roles.json")).unwrap();
    let is_folder = validate(&dir, &["roles.json"]);
    let folder_reason = std::fs::read(dir.join("roles.json"))
        .unwrap_err()
        .to_string();
    std::fs::remove_dir_all(&dir).unwrap();

    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        format!(
            "INVALID directory.json\n  directory.json: cannot read {}: {reason}; check the file's name and folder\n",
            missing.display()
        )
    );
    assert_eq!(is_folder.status.code(), Some(1));
    assert_eq!(
        text(&is_folder.stdout),
        format!(
            "INVALID roles.json\n  roles.json: cannot read {}: {folder_reason}; give the path of a file in it\n",
            dir.join("roles.json").display()
        )
    );
    // A path without a file name is still named.
    assert!(
        text(&folder.stdout).contains("  .: not a known content file"),
        "{}",
        text(&folder.stdout)
    );
}

#[test]
fn unknown_files_and_options_say_what_to_do() {
    let dir = scratch("unknown");
    let file = validate(&dir, &["communities.json"]);
    let option = validate(&dir, &["--strict"]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(file.status.code(), Some(1));
    assert_eq!(
        text(&file.stdout),
        "INVALID communities.json\n  communities.json: not a known content file (known: directory.json, site.json, \
         toolkit.json, roles.json, guide.json, assessment.json, starter.json); name it after the file it holds, \
         e.g. directory.json, or directory.draft.json for a copy\n"
    );
    assert_eq!(option.status.code(), Some(2));
    assert_eq!(
        text(&option.stderr),
        "validate: unknown option --strict; usage: validate [FILE…] (validate --help says more)\n"
    );
}
