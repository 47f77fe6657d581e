//! The content studio's CSV importer on arbitrary bytes: reading the table,
//! guessing the columns and the separator, and turning the rows into entries
//! never panic; every row is either imported or set aside with a problem.
#![no_main]

use std::collections::HashSet;

use domain::date::Date;
use domain::import::columns::{guess_columns, guess_separator};
use domain::import::rows::{Mapping, import_rows};
use domain::import::table::read_table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(table) = read_table("fuzz.csv", bytes) else {
        return;
    };
    let columns = guess_columns(&table);
    let separator = guess_separator(table.rows.iter().flat_map(|row| row.cells.iter().map(String::as_str)));
    let today = Date { year: 2026, month: 11, day: 30 };
    let imported = import_rows(&table, &Mapping { columns, separator }, &HashSet::new(), today);
    assert_eq!(
        imported.communities.len() + imported.set_aside.len(),
        table.rows.len(),
        "every row is imported or set aside"
    );
});
