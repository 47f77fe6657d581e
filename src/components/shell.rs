//! The frame around every view: skip link, header with navigation, footer.

use crate::components::link::AppLink;
use leptos::prelude::*;

use crate::domain::routes::Route;
use crate::web::document::SITE_NAME;

/// Moves focus to `<main>` itself: the router would otherwise treat `#main`
/// as a navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
                main.scroll_into_view();
            }
        }
    };
    view! { <a class="skip-link" href="#main" on:click=skip>"Skip to main content"</a> }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    // On narrow screens the navigation folds behind a Menu button; following
    // any link in it closes it again.
    let open = RwSignal::new(false);
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <AppLink href="/" exact=true><span class="brand">{SITE_NAME}</span></AppLink>
                <button
                    type="button"
                    class="menu-button"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="site-nav"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "Menu"
                </button>
                <nav id="site-nav" aria-label="Main" class:open=move || open.get() on:click=move |_| open.set(false)>
                    <ul>
                        {Route::ALL
                            .into_iter()
                            .map(|route| view! { <li><AppLink href=route.path() exact=true>{route.label()}</AppLink></li> })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>
                    {SITE_NAME}
                    " helps staff choose, find, start and run communities of practice. Everything runs in your browser: nothing you type is sent anywhere."
                </p>
                <p>
                    "Content draws on published material from UCL, the University of Glasgow, the University of Oxford and Queen Mary University of London, and on Wenger & Snyder (2000); sources are cited in the "
                    <AppLink href="/toolkit">"toolkit"</AppLink>
                    "."
                </p>
            </div>
        </footer>
    }
}
