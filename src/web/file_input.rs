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

    /// Its contents as bytes, or `None` if the browser could not read it.
    pub async fn bytes(self) -> Option<Vec<u8>> {
        let buffer = JsFuture::from(self.file.array_buffer()).await.ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
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

/// Every file chosen in the `multiple` input that fired `event`, in order,
/// clearing the input as [`take_chosen_file`] does.
pub fn take_chosen_files(event: &web_sys::Event) -> Vec<ChosenFile> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map(list).unwrap_or_default();
    input.set_value("");
    files
}

/// The files dropped on an element (`drop`), in order; the page itself must
/// not open them, so the default is prevented.
pub fn dropped_files(event: &web_sys::DragEvent) -> Vec<ChosenFile> {
    event.prevent_default();
    event
        .data_transfer()
        .and_then(|transfer| transfer.files())
        .map(list)
        .unwrap_or_default()
}

/// Lets `dragover` accept a drop (browsers refuse one unless it is prevented).
pub fn accept_drop(event: &web_sys::DragEvent) {
    event.prevent_default();
}

fn list(files: web_sys::FileList) -> Vec<ChosenFile> {
    (0..files.length())
        .filter_map(|index| files.get(index))
        .map(|file| ChosenFile { file })
        .collect()
}
