//! The directory search, compiled to WebAssembly for the browser benchmark
//! (`make bench-search`, bench/README.md). It exports exactly the app's
//! path: `load` (parse and validate) and `DirectorySearch::new` to build,
//! `DirectorySearch::search` per query, and `DirectoryState::results`
//! (search, facet counts and order) for what one keystroke costs the view.
//! A counting allocator reports the bytes the loaded directory and its index
//! hold, which the JS heap does not show.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use domain::content::load_up_to;
use domain::directory::DirectoryFile;
use domain::directory::search::DirectorySearch;
use domain::directory::state::DirectoryState;
use domain::search::Query;
use wasm_bindgen::prelude::*;

struct Counting;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only a
// counter is updated on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        LIVE_BYTES.fetch_add(new_size, Ordering::Relaxed);
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes currently allocated on the Rust heap.
#[wasm_bindgen]
pub fn live_bytes() -> usize {
    LIVE_BYTES.load(Ordering::Relaxed)
}

/// A loaded and validated directory, not yet indexed (so the benchmark can
/// time the two steps apart).
#[wasm_bindgen]
pub struct Loaded {
    directory: DirectoryFile,
}

/// Parses and validates `bytes` as the app does, without the app's 2 MB
/// limit on content files.
#[wasm_bindgen]
pub fn load(bytes: &[u8]) -> Result<Loaded, String> {
    let directory = load_up_to(bytes, usize::MAX).map_err(|error| error.to_string())?;
    Ok(Loaded { directory })
}

#[wasm_bindgen]
impl Loaded {
    /// Builds the search index (and facet table), as the app does once.
    pub fn index(self) -> Bench {
        let search = DirectorySearch::new(&self.directory);
        Bench {
            directory: self.directory,
            search,
        }
    }
}

/// A loaded, validated and indexed directory.
#[wasm_bindgen]
pub struct Bench {
    directory: DirectoryFile,
    search: DirectorySearch,
}

#[wasm_bindgen]
impl Bench {
    pub fn len(&self) -> usize {
        self.directory.communities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.directory.communities.is_empty()
    }

    /// The engine alone: how many communities match.
    pub fn search(&self, query: &str) -> usize {
        self.search.search(&Query::parse(query)).len()
    }

    /// What the view computes per keystroke: search, facet counts, order.
    pub fn results(&self, query: &str) -> usize {
        let mut state = DirectoryState::default();
        state.query = query.to_string();
        state.results(&self.directory, &self.search).items.len()
    }

    /// The ids of the first `n` matches, for checking the engines agree.
    pub fn top(&self, query: &str, n: usize) -> Vec<String> {
        self.search
            .search(&Query::parse(query))
            .iter()
            .take(n)
            .map(|hit| self.directory.communities[hit.doc].id.clone())
            .collect()
    }
}

fn main() {}
