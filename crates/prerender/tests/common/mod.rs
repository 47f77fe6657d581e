//! What the prerender tests share: the published content files.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

pub type Files = Arc<HashMap<String, Vec<u8>>>;

/// Every file in public/data, by name, as the build gives them.
pub fn published() -> Files {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    let files = std::fs::read_dir(&dir)
        .expect("public/data")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("readable"))
        })
        .collect();
    Arc::new(files)
}
