//! Step 4: the edited directory in the navigator's own directory view (the
//! same components), before publishing. The view keeps its search and the
//! community shown in the address, as on the site; closing the preview puts
//! the studio's address back.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::state::{Studio, communities};
use cop_navigator::pages::directory::DirectoryBrowser;
use cop_navigator::web::base::AppBase;
use cop_navigator::web::focus;
use domain::directory::DirectoryFile;
use domain::studio::draft::read_valid;

#[component]
pub fn Preview(studio: Studio) -> impl IntoView {
    let open = RwSignal::new(false);
    // The studio's own address, to come back to when the preview closes.
    let address = StoredValue::new(String::new());
    let toggle = move |_| {
        if open.get_untracked() {
            open.set(false);
            cop_navigator::web::address::restore_address(&address.get_value());
        } else {
            address.set_value(cop_navigator::web::address::current_address());
            open.set(true);
            focus::reveal_later("preview-region".to_string());
        }
    };
    let left_out = move || {
        studio
            .checks
            .with(|c| c.iter().filter(|p| !p.is_empty()).count())
    };
    view! {
        <section class="studio-step" aria-labelledby="preview-heading">
            <h2 id="preview-heading">"5. Preview"</h2>
            <p>"See the directory as staff will see it, with your changes, before you publish it. Search, filter and open communities as they would."</p>
            <p><button type="button" class="button secondary" aria-expanded=move || open.get().to_string() aria-controls=move || open.get().then_some("preview-region") on:click=toggle>
                {move || if open.get() { "Close the preview" } else { "Preview the directory" }}
            </button></p>
            {move || open.get().then(|| {
                let file = studio.work.with_untracked(|work| work.as_ref().map(|w| {
                    let mut file = w.file();
                    file.communities = read_valid(&w.drafts, studio.today);
                    Arc::new(file)
                })).unwrap_or_else(|| Arc::new(domain::studio::Work::empty("").file()));
                let missing = left_out();
                view! {
                    {(missing > 0).then(|| view! {
                        <p class="notice">{format!("{} with problems {} not in the preview: fix {} first (the list's “Has problems” box finds {}).",
                            communities(missing), if missing == 1 { "is" } else { "are" }, if missing == 1 { "it" } else { "them" }, if missing == 1 { "it" } else { "them" })}</p>
                    })}
                    <div class="preview-frame" id="preview-region" tabindex="-1" role="region" aria-label="Preview of the directory">
                        <PreviewDirectory directory=file/>
                    </div>
                }
            })}
        </section>
    }
}

/// The navigator's directory browser, under a router whose base is the
/// navigator's root (its links and search keep to its own addresses).
#[component]
fn PreviewDirectory(directory: Arc<DirectoryFile>) -> impl IntoView {
    let base = expect_context::<AppBase>().router_base;
    view! {
        <Router base=base>
            <DirectoryBrowser directory=directory/>
        </Router>
    }
}
