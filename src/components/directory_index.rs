//! The directory's search index, built once per loaded file and shared by
//! every view that searches it (directory, self-assessment, guide), so
//! returning to a view does not index the directory again.

use std::cell::RefCell;
use std::sync::{Arc, Weak};

use domain::directory::DirectoryFile;
use domain::directory::search::DirectorySearch;

thread_local! {
    /// The file the index was built from (weakly: a reloaded file replaces
    /// it) and the index.
    static CACHE: RefCell<Option<(Weak<DirectoryFile>, Arc<DirectorySearch>)>> =
        const { RefCell::new(None) };
}

/// The search index for `directory`, built on first use.
pub fn directory_search(directory: &Arc<DirectoryFile>) -> Arc<DirectorySearch> {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((file, index)) = cache.as_ref()
            && file
                .upgrade()
                .is_some_and(|file| Arc::ptr_eq(&file, directory))
        {
            return Arc::clone(index);
        }
        let index = Arc::new(DirectorySearch::new(directory));
        *cache = Some((Arc::downgrade(directory), Arc::clone(&index)));
        index
    })
}
