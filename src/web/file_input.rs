//! Reading the file a person chose in an `<input type="file">`, in the
//! browser: nothing is uploaded.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file chosen in a file input.
pub struct ChosenFile {
    file: web_sys::File,
}

impl ChosenFile {
    /// The file's name, without its folder.
    pub fn name(&self) -> String {
        self.file.name()
    }

    /// Its size in bytes.
    pub fn size(&self) -> u64 {
        self.file.size() as u64
    }

    /// Its contents as text (UTF-8), or `None` if the browser could not read it.
    pub async fn text(self) -> Option<String> {
        JsFuture::from(self.file.text())
            .await
            .ok()
            .and_then(|value| value.as_string())
    }
}

/// The file chosen in the input that fired `event` (a `change`), clearing
/// the input so that choosing the same file again fires `change` again.
pub fn take_chosen_file(event: &web_sys::Event) -> Option<ChosenFile> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(ChosenFile { file })
}
