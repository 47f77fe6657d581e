//! Loads content files once per session and shares them between views.
//!
//! Each file gets one `LocalResource`, created the first time a view asks for
//! it (resources start fetching when created) and owned by the app root, so it
//! survives navigation between views. A failure is kept per file: a broken
//! directory does not affect the toolkit.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use web_sys::RequestCache;

use super::base::AppBase;
use super::prefetch;
use domain::content::{ContentError, ContentFile, Problem, load_lenient};

/// A loaded file, or why it could not be used.
pub type Loaded<T> = Result<Arc<T>, Arc<ContentError>>;

#[derive(Clone)]
pub struct ContentStore {
    owner: Owner,
    base: AppBase,
    resources: StoredValue<HashMap<TypeId, Box<dyn Any>>, LocalStorage>,
}

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
    pub fn resource<T: ContentFile + Send + Sync + 'static>(&self) -> LocalResource<Loaded<T>> {
        let key = TypeId::of::<T>();
        let existing = self.resources.with_value(|map| {
            map.get(&key)
                .and_then(|any| any.downcast_ref::<LocalResource<Loaded<T>>>().copied())
        });
        if let Some(resource) = existing {
            return resource;
        }
        let url = self.base.asset(&format!("data/{}", T::FILE));
        let resource = self
            .owner
            .with(|| LocalResource::new(move || fetch_content::<T>(url.clone())));
        self.resources.update_value(|map| {
            map.insert(key, Box::new(resource));
        });
        resource
    }
}

/// The resource for `T` from the store in context.
pub fn use_content<T: ContentFile + Send + Sync + 'static>() -> LocalResource<Loaded<T>> {
    expect_context::<ContentStore>().resource::<T>()
}

/// Leniently: an entry that breaks a rule is left out (and named by the
/// view), rather than taking the whole file offline; dates after tomorrow
/// by the reader's clock are refused.
async fn fetch_content<T: ContentFile>(url: String) -> Loaded<T> {
    let bytes = fetch_bytes(T::FILE, &url).await.map_err(Arc::new)?;
    load_lenient::<T>(&bytes, super::clock::today())
        .map(Arc::new)
        .map_err(Arc::new)
}

/// Fetches a file, revalidating with the server each time (`no-cache`), so
/// an edited file is seen on the next visit without stale copies. The
/// loader may already have started the download (same `no-cache` request).
async fn fetch_bytes(file: &str, url: &str) -> Result<Vec<u8>, ContentError> {
    let failed =
        |status, message: String| ContentError::new(file, Problem::Fetch { status, message });
    let response = match prefetch::take(url).await {
        Some(response) => response,
        None => Request::get(url)
            .cache(RequestCache::NoCache)
            .send()
            .await
            .map_err(|error| failed(None, describe(&error)))?,
    };
    if !response.ok() {
        return Err(failed(Some(response.status()), response.status_text()));
    }
    response
        .binary()
        .await
        .map_err(|error| failed(None, describe(&error)))
}

fn describe(error: &gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(js) => js.message.clone(),
        other => other.to_string(),
    }
}
