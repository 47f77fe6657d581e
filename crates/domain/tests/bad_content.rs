//! The bad-input corpus: every file in tests/fixtures/bad/ must be rejected
//! with exactly the message in its `.expected` file, by the library (what the
//! app shows) and by the `validate` command (what editors see).
//! Set BLESS=1 to write missing `.expected` files, then read each one.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use domain::assessment::AssessmentFile;
use domain::content::{ContentError, ContentFile, MAX_FILE_BYTES, load, load_as_of};
use domain::date::Date;
use domain::directory::DirectoryFile;
use domain::guide::GuideFile;
use domain::roles::RolesFile;
use domain::site::SiteFile;
use domain::starter::StarterFile;
use domain::toolkit::ToolkitFile;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// Today in UTC, as the validator has it (fixtures with dates in the
/// future use years like 2999, so the messages do not change with the date).
fn today() -> Date {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970");
    Date::from_unix_seconds(now.as_secs() as i64).expect("a representable date")
}

fn load_as_named(path: &Path, bytes: &[u8]) -> Result<(), ContentError> {
    let today = today();
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if name.starts_with("directory.") {
        load_as_of::<DirectoryFile>(bytes, today).map(|_| ())
    } else if name.starts_with("assessment.") {
        load_as_of::<AssessmentFile>(bytes, today).map(|_| ())
    } else if name.starts_with("site.") {
        load_as_of::<SiteFile>(bytes, today).map(|_| ())
    } else if name.starts_with("toolkit.") {
        load_as_of::<ToolkitFile>(bytes, today).map(|_| ())
    } else if name.starts_with("roles.") {
        load_as_of::<RolesFile>(bytes, today).map(|_| ())
    } else if name.starts_with("guide.") {
        load_as_of::<GuideFile>(bytes, today).map(|_| ())
    } else if name.starts_with("starter.") {
        load_as_of::<StarterFile>(bytes, today).map(|_| ())
    } else {
        panic!("{name}: fixture names start with the content file they imitate");
    }
}

#[test]
fn corpus_is_large_enough() {
    assert!(fixtures().len() >= 30, "at least 30 malformed files");
}

#[test]
fn every_bad_file_gets_its_exact_message() {
    let mut mismatches = Vec::new();
    for path in fixtures() {
        let bytes = std::fs::read(&path).expect("read fixture");
        let expected_path = path.with_extension("expected");
        let actual = match load_as_named(&path, &bytes) {
            Ok(()) => format!("(accepted: {} must be rejected)", path.display()),
            Err(error) => error.to_string(),
        };
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected.trim_end() == actual => {}
            Ok(expected) => mismatches.push(format!(
                "{}\n  expected: {}\n  actual:   {actual}",
                path.display(),
                expected.trim_end()
            )),
            Err(_) if std::env::var_os("BLESS").is_some() => {
                std::fs::write(&expected_path, format!("{actual}\n")).expect("bless")
            }
            Err(_) => mismatches.push(format!(
                "{}: no .expected file (run with BLESS=1, then read it)",
                path.display()
            )),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn validator_prints_the_same_messages() {
    for path in fixtures() {
        let expected =
            std::fs::read_to_string(path.with_extension("expected")).expect("expected file");
        let output = Command::new(env!("CARGO_BIN_EXE_validate"))
            .arg(&path)
            .output()
            .expect("run validate");
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        let stdout = String::from_utf8(output.stdout).expect("utf-8 output");
        let lines: Vec<&str> = stdout
            .lines()
            .skip(1)
            .map(|line| line.trim_start())
            .collect();
        assert_eq!(lines.join("\n"), expected.trim_end(), "{}", path.display());
    }
}

/// Generated rather than committed: a 5 MB file.
#[test]
fn oversized_file_is_refused_before_parsing() {
    let mut big = String::from("{\"communities\": [], \"padding\": \"");
    big.push_str(&"x".repeat(5 * 1024 * 1024));
    big.push_str("\"}");
    let expected = "directory.json is 5,242,914 bytes (5.0 MB); a content file may be at most 2,097,152 bytes (2.0 MB). \
                    Check that it is the right file; if it is, remove entries or shorten long texts to bring it under the limit.";
    let error = load::<DirectoryFile>(big.as_bytes()).unwrap_err();
    assert_eq!(error.to_string(), expected);
    assert_eq!(MAX_FILE_BYTES, 2 * 1024 * 1024);

    let dir = std::env::temp_dir().join(format!("cop-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(DirectoryFile::FILE);
    std::fs::write(&file, &big).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains(expected));
}

/// One byte over: both sizes round to 2.0 MB, so the bytes must be shown.
#[test]
fn a_file_one_byte_over_the_limit_shows_exact_sizes() {
    let mut text = String::from("{\"communities\": []}");
    text.push_str(&" ".repeat(MAX_FILE_BYTES + 1 - text.len()));
    let error = load::<DirectoryFile>(text.as_bytes()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "directory.json is 2,097,153 bytes (2.0 MB); a content file may be at most 2,097,152 bytes (2.0 MB). \
         Check that it is the right file; if it is, remove entries or shorten long texts to bring it under the limit."
    );
    text.pop();
    assert!(
        load::<DirectoryFile>(text.as_bytes()).is_ok(),
        "the limit itself is allowed"
    );
}

#[test]
fn validator_accepts_the_published_content_and_refuses_unknown_files() {
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let output = Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg("Cargo.toml")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains(
        "Cargo.toml: not a known content file (known: directory.json, site.json, toolkit.json, roles.json, guide.json, assessment.json, starter.json)"
    ));
}
