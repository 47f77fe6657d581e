//! Loads content files once per session and shares them between views.
//!
//! Each file gets one `LocalResource`, created the first time a view asks for
//! it (resources start fetching when created) and owned by the app root, so it
//! survives navigation between views. A failure is kept per file: a broken
//! directory does not affect the toolkit.
//!
//! When the app renders natively at build time (crates/prerender), there is
//! nothing to fetch: the files are given (`GivenFiles`) and each is read at
//! once, so the prerendered page shows the loaded view, not "Loading…".

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::base::AppBase;
use domain::content::{ContentError, ContentFile};

/// A loaded file, or why it could not be used.
pub type Loaded<T> = Result<Arc<T>, Arc<ContentError>>;

/// A content file as views read it: `get()` (None while loading) and
/// `refetch()`.
#[cfg(target_arch = "wasm32")]
pub type ContentResource<T> = Fetched<T>;
#[cfg(not(target_arch = "wasm32"))]
pub type ContentResource<T> = Given<T>;

/// The content files' bytes by file name, for rendering without a browser;
/// provided before the app root.
#[derive(Clone, Default)]
pub struct GivenFiles(pub Arc<HashMap<String, Vec<u8>>>);

/// A file read from `GivenFiles` (a missing one reads as a failed download).
pub struct Given<T: Send + Sync + 'static>(StoredValue<Loaded<T>>);

impl<T: Send + Sync + 'static> Clone for Given<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Given<T> {}

impl<T: Send + Sync + 'static> Given<T> {
    pub fn get(&self) -> Option<Loaded<T>> {
        Some(self.0.get_value())
    }

    pub fn get_untracked(&self) -> Option<Loaded<T>> {
        self.get()
    }

    /// Nothing to fetch again at build time.
    pub fn refetch(&self) {}
}

/// A loaded file of any type: what the one download-and-read future
/// returns, so the async machinery is compiled once rather than once per
/// file type (several KB of wasm each).
#[cfg(target_arch = "wasm32")]
type Erased = Result<Arc<dyn Any + Send + Sync>, Arc<ContentError>>;

/// Reads a downloaded file's bytes as its type (`read::<T>`).
#[cfg(target_arch = "wasm32")]
type Read = fn(&[u8]) -> Result<Arc<dyn Any + Send + Sync>, ContentError>;

/// A file downloaded in the browser: one untyped resource, read back as `T`.
#[cfg(target_arch = "wasm32")]
pub struct Fetched<T> {
    resource: LocalResource<Erased>,
    file: std::marker::PhantomData<fn() -> T>,
}

#[cfg(target_arch = "wasm32")]
impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        *self
    }
}

#[cfg(target_arch = "wasm32")]
impl<T> Copy for Fetched<T> {}

#[cfg(target_arch = "wasm32")]
impl<T: Send + Sync + 'static> Fetched<T> {
    pub fn get(&self) -> Option<Loaded<T>> {
        self.resource.get().map(typed)
    }

    pub fn get_untracked(&self) -> Option<Loaded<T>> {
        self.resource.get_untracked().map(typed)
    }

    pub fn refetch(&self) {
        self.resource.refetch();
    }
}

/// The resource for `T` only ever holds a `T` (see `ContentStore::resource`).
#[cfg(target_arch = "wasm32")]
fn typed<T: Send + Sync + 'static>(loaded: Erased) -> Loaded<T> {
    loaded.map(|any| {
        any.downcast::<T>()
            .unwrap_or_else(|_| unreachable!("a content resource holds its own type"))
    })
}

#[derive(Clone)]
pub struct ContentStore {
    owner: Owner,
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    base: AppBase,
    resources: StoredValue<HashMap<TypeId, Slot>, LocalStorage>,
}

/// A started file: in the browser the untyped resource (so looking it up is
/// not compiled once per type); natively the typed `Given<T>`.
#[cfg(target_arch = "wasm32")]
type Slot = LocalResource<Erased>;
#[cfg(not(target_arch = "wasm32"))]
type Slot = Box<dyn Any>;

impl ContentStore {
    /// Call once, in the app root: resources are owned by the current owner.
    pub fn provide(base: AppBase) {
        let owner = Owner::current().unwrap_or_default();
        provide_context(ContentStore {
            owner,
            base,
            resources: StoredValue::new_local(HashMap::new()),
        });
    }

    /// The resource for content file `T`, created (and fetched) on first use.
    #[cfg(target_arch = "wasm32")]
    pub fn resource<T: ContentFile + Send + Sync + 'static>(&self) -> ContentResource<T> {
        Fetched {
            resource: self.slot(TypeId::of::<T>(), T::FILE, read::<T>),
            file: std::marker::PhantomData,
        }
    }

    /// The resource for the file `file` of type `key`, read by `read`.
    #[cfg(target_arch = "wasm32")]
    fn slot(&self, key: TypeId, file: &'static str, read: Read) -> Slot {
        if let Some(resource) = self.resources.with_value(|map| map.get(&key).copied()) {
            return resource;
        }
        let url = self.base.asset(&format!("data/{file}"));
        let resource = self.owner.with(|| fetch::start(url, file, read));
        self.resources.update_value(|map| {
            map.insert(key, resource);
        });
        resource
    }

    /// The resource for content file `T`, created on first use.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn resource<T: ContentFile + Send + Sync + 'static>(&self) -> ContentResource<T> {
        let key = TypeId::of::<T>();
        let existing = self.resources.with_value(|map| {
            map.get(&key)
                .and_then(|any| any.downcast_ref::<ContentResource<T>>().copied())
        });
        if let Some(resource) = existing {
            return resource;
        }
        let resource = self.owner.with(|| self.start::<T>());
        self.resources.update_value(|map| {
            map.insert(key, Box::new(resource));
        });
        resource
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn start<T: ContentFile + Send + Sync + 'static>(&self) -> ContentResource<T> {
        let given = use_context::<GivenFiles>().unwrap_or_default();
        let loaded = match given.0.get(T::FILE) {
            Some(bytes) => domain::content::load_lenient::<T>(bytes, super::clock::today()),
            None => Err(ContentError::new(
                T::FILE,
                domain::content::Problem::Fetch {
                    status: Some(404),
                    message: "not given to the prerender".to_string(),
                },
            )),
        };
        Given(StoredValue::new(loaded.map(Arc::new).map_err(Arc::new)))
    }
}

/// Reads a downloaded file: the only part of loading that depends on its type.
/// Leniently: an entry that breaks a rule is left out (and named by the view),
/// rather than taking the whole file offline; dates after tomorrow by the
/// reader's clock are refused.
#[cfg(target_arch = "wasm32")]
fn read<T: ContentFile + Send + Sync + 'static>(
    bytes: &[u8],
) -> Result<Arc<dyn Any + Send + Sync>, ContentError> {
    domain::content::load_lenient::<T>(bytes, super::clock::today())
        .map(|file| Arc::new(file) as Arc<dyn Any + Send + Sync>)
}

/// The resource for `T` from the store in context.
pub fn use_content<T: ContentFile + Send + Sync + 'static>() -> ContentResource<T> {
    expect_context::<ContentStore>().resource::<T>()
}

/// A file's bytes exactly as the host serves them, for the content studio,
/// which opens the directory itself (broken entries included, to fix them).
#[cfg(target_arch = "wasm32")]
pub async fn published_bytes(file: &str, url: &str) -> Result<Vec<u8>, ContentError> {
    fetch::fetch_bytes(file, url).await
}

/// Downloading in the browser, with the browser's own `fetch` (gloo-net
/// did the same with 1 KB more code in everyone's download).
#[cfg(target_arch = "wasm32")]
mod fetch {
    use std::sync::Arc;

    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{RequestCache, RequestInit, Response};

    use leptos::prelude::LocalResource;

    use super::{Erased, Read};
    use crate::web::prefetch;
    use domain::content::{ContentError, Problem};

    /// Downloads `file` from `url` and reads it with `read`; not generic, so
    /// every file type shares one copy of the resource and its future.
    pub(super) fn start(url: String, file: &'static str, read: Read) -> LocalResource<Erased> {
        LocalResource::new(move || {
            let url = url.clone();
            async move {
                let bytes = fetch_bytes(file, &url).await.map_err(Arc::new)?;
                read(&bytes).map_err(Arc::new)
            }
        })
    }

    /// Fetches a file, revalidating with the server each time (`no-cache`), so
    /// an edited file is seen on the next visit without stale copies. The
    /// loader may already have downloaded it (same `no-cache` request).
    pub(super) async fn fetch_bytes(file: &str, url: &str) -> Result<Vec<u8>, ContentError> {
        let failed =
            |status, message: String| ContentError::new(file, Problem::Fetch { status, message });
        if let Some(bytes) = prefetch::take(url) {
            return Ok(bytes);
        }
        let init = RequestInit::new();
        init.set_cache(RequestCache::NoCache);
        let response: Response =
            JsFuture::from(leptos::prelude::window().fetch_with_str_and_init(url, &init))
                .await
                .map_err(|error| failed(None, describe(&error)))?
                .unchecked_into();
        if !response.ok() {
            return Err(failed(Some(response.status()), response.status_text()));
        }
        let body = response
            .array_buffer()
            .map_err(|error| failed(None, describe(&error)))?;
        let buffer = JsFuture::from(body)
            .await
            .map_err(|error| failed(None, describe(&error)))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    /// A rejected fetch's message ("Failed to fetch", …).
    fn describe(error: &JsValue) -> String {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .or_else(|| error.as_string())
            .unwrap_or_else(|| "the download failed".to_string())
    }
}
