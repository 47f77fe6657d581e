//! Opening the browser's print dialog ("Print or save as PDF"); the print
//! stylesheet decides what the page looks like on paper.

use leptos::prelude::window;

/// Opens the print dialog for the current page. Nothing happens when the
/// browser refuses (some embedding frames do).
pub fn print_page() {
    let _ = window().print();
}
