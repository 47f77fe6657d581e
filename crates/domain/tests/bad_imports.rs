//! The import corpus: every CSV in tests/fixtures/bad-import/ is read as the
//! content studio reads it (columns guessed, ids made from names) and must
//! give exactly the lines in its `.expected` file: the file's refusal, or
//! its notices and each row set aside with its problems.
//! Set BLESS=1 to write missing `.expected` files, then read each one.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use domain::date::Date;
use domain::import::columns::{guess_columns, guess_separator};
use domain::import::rows::{Mapping, import_rows};
use domain::import::table::read_table;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/bad-import");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "csv"))
        .collect();
    files.sort();
    files
}

/// What the studio would say of `bytes`, a line each.
fn report(name: &str, bytes: &[u8]) -> String {
    let table = match read_table(name, bytes) {
        Ok(table) => table,
        Err(message) => return format!("{message}\n"),
    };
    let columns = guess_columns(&table);
    let separator = guess_separator(
        table
            .rows
            .iter()
            .flat_map(|row| row.cells.iter().map(String::as_str)),
    );
    // A fixed day, so a date in the future stays in the future.
    let today = Date::parse("2026-11-30").expect("a date");
    let imported = import_rows(
        &table,
        &Mapping { columns, separator },
        &HashSet::new(),
        today,
    );
    let mut lines: Vec<String> = table.notices.clone();
    for aside in &imported.set_aside {
        for (field, message) in &aside.problems {
            lines.push(format!(
                "Row {} ({}), {field}: {message}",
                aside.row, aside.label
            ));
        }
    }
    lines.push(format!(
        "{} imported, {} set aside",
        imported.communities.len(),
        imported.set_aside.len()
    ));
    lines.join("\n") + "\n"
}

#[test]
fn every_bad_import_gives_its_exact_messages() {
    let files = fixtures();
    assert!(files.len() >= 15, "the corpus has {} files", files.len());
    let mut failures = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let got = report(name, &std::fs::read(&path).expect("fixture"));
        let expected_path = path.with_extension("expected");
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            Ok(expected) => failures.push(format!(
                "{name}:\n  expected: {expected:?}\n  got:      {got:?}"
            )),
            Err(_) if std::env::var_os("BLESS").is_some() => {
                std::fs::write(&expected_path, &got).expect("write .expected");
            }
            Err(_) => failures.push(format!(
                "{name}: no .expected file (run with BLESS=1, then read it)"
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
