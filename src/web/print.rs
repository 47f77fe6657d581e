//! Opening the browser's print dialog ("Print or save as PDF"); the print
//! stylesheet decides what the page looks like on paper.

use leptos::prelude::window;

/// Opens the print dialog for the current page. Nothing happens when the
/// browser refuses (some embedding frames do).
pub fn print_page() {
    let _ = window().print();
}

/// Prints only the element with `id`: the print stylesheet hides everything
/// else while `<html data-printing>` is set (style/together.css). The marks
/// are removed when the dialog closes (`print()` returns then).
pub fn print_only(id: &str) {
    let document = leptos::prelude::document();
    let (Some(root), Some(element)) = (document.document_element(), document.get_element_by_id(id))
    else {
        return;
    };
    let _ = root.set_attribute("data-printing", "");
    let _ = element.class_list().add_1("printing");
    print_page();
    let _ = root.remove_attribute("data-printing");
    let _ = element.class_list().remove_1("printing");
}
