//! The frame around every view: skip link, header with navigation, footer —
//! or, in embed mode, a slim bar that opens the full app.

use leptos::prelude::*;

use crate::components::link::AppLink;
use crate::web::base::AppBase;
use crate::web::content::use_content;
use crate::web::focus::reveal;
use crate::web::links::{app_root, use_full_app_link};
use domain::content::Problem;
use domain::routes::{Route, STUDIO_FOLDER};
use domain::site::DEFAULT_TITLE;
use domain::site::SiteFile;

/// Moves focus to `<main>` itself: the router would otherwise treat `#main`
/// as a navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        reveal("main");
    };
    view! { <a class="skip-link" href="#main" on:click=skip>"Skip to main content"</a> }
}

/// The site title from site.json, reactively (the default until it loads or
/// if it cannot be used).
fn use_site_title() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let site = use_content::<SiteFile>();
    move || {
        site.get().and_then(|loaded| loaded.ok()).map_or_else(
            || DEFAULT_TITLE.to_string(),
            |site| site.title().to_string(),
        )
    }
}

/// The site's title, organisation and logo, once site.json has been read
/// (briefly nothing, so a custom title never flickers from the default).
#[component]
fn Brand() -> impl IntoView {
    let site = use_content::<SiteFile>();
    let root = expect_context::<AppBase>().root_url;
    move || {
        site.get().map(|loaded| {
            let site = loaded.ok();
            let organisation = site.as_ref().and_then(|s| s.organisation.clone());
            let logo = site.as_ref().and_then(|s| s.logo.clone());
            let root = root.clone();
            view! {
                <AppLink href="/" exact=true>
                    <span class="brand">
                        {logo.map(|logo| view! { <img class="logo" src=format!("{root}{}", logo.path) alt=logo.alt/> })}
                        <span class="brand-text">
                            <span class="brand-title">{site.as_ref().map_or(DEFAULT_TITLE, |s| s.title()).to_string()}</span>
                            {organisation.map(|name| view! { <span class="brand-organisation">{name}</span> })}
                        </span>
                    </span>
                </AppLink>
            }
        })
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    // On narrow screens the navigation folds behind a Menu button; following
    // any link in it closes it again.
    let open = RwSignal::new(false);
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                <Brand/>
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
                        {Route::NAV
                            .into_iter()
                            .map(|route| view! { <li><AppLink href=route.path() exact=true>{route.label()}</AppLink></li> })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// In embed mode, instead of header and footer: a way out to the full app,
/// at the same view and state.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let full_app = use_full_app_link();
    let title = use_site_title();
    view! {
        <nav class="embed-bar" aria-label="Full app and accessibility">
            // Stays in the frame (embed mode is kept), like any link between views.
            <AppLink href=Route::Accessibility.path()>{Route::Accessibility.label()}</AppLink>
            <a href=full_app target="_blank" rel="noopener">
                "Open the full "<bdi>{title}</bdi>
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        </nav>
    }
}

/// A broken site.json must not stop anything: defaults apply, and the
/// content editor sees why. A missing file is fine (defaults by design).
#[component]
pub fn SiteNotice() -> impl IntoView {
    let site = use_content::<SiteFile>();
    move || {
        site.get().and_then(|loaded| loaded.err()).filter(|error| !matches!(error.problem, Problem::Fetch { status: Some(404), .. })).map(
            |error| {
                view! {
                    <div class="notice site-notice" role="status">
                        <p>"The site settings could not be used, so the default look is shown. For the site's editor:"</p>
                        <ul class="error-lines">{error.lines().into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
                    </div>
                }
            },
        )
    }
}

/// site.json's programme contact as one line, in the footer and on every
/// community's page; nothing when it is unset (or until site.json is read).
/// The address is the link's text, so the text cannot hide another address.
#[component]
pub fn ProgrammeContact() -> impl IntoView {
    let site = use_content::<SiteFile>();
    move || {
        let contact = site.get()?.ok()?.programme_contact.clone()?;
        Some(view! {
            <p class="programme-contact">
                "Questions about communities of practice? Ask "<bdi>{contact.name}</bdi>" at "
                <a href=format!("mailto:{}", contact.email) rel="external">{contact.email.clone()}</a>
                {contact.url.map(|url| view! { " or see "<a href=url rel="external noopener">"the programme’s page"</a> })}
                "."
            </p>
        })
    }
}

/// "Suggest a community": the studio's page for staff (another app's page,
/// so a plain `external` link the router leaves alone), offered only when site.json names the directory's
/// editors (`directory_contact`), who receive the suggestion.
#[component]
pub fn SuggestCommunity() -> impl IntoView {
    let site = use_content::<SiteFile>();
    let root = app_root();
    move || {
        site.get()?.ok()?.directory_contact.as_ref()?;
        Some(view! {
            <p class="suggest-link">
                "Know of a community that is not listed? "
                <a href=format!("{root}{STUDIO_FOLDER}suggest/") rel="external">"Suggest a community"</a>
            </p>
        })
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_content::<SiteFile>();
    let title = use_site_title();
    let organisation = move || {
        site.get()
            .and_then(|loaded| loaded.ok())
            .and_then(|site| site.organisation.clone())
    };
    view! {
        <footer class="site-footer">
            <div class="wrap">
                // Names from site.json sit in <bdi>: a right-to-left name (or a
                // stray direction mark) cannot reorder the sentence around it.
                <p>
                    <bdi>{title}</bdi>
                    {move || organisation().map(|name| view! { " for " <bdi>{name}</bdi> })}
                    ". It helps staff choose, find, start and run communities of practice. Everything runs in your browser: nothing you type is sent anywhere."
                </p>
                <p>
                    "Content draws on published material from UCL, the University of Glasgow, the University of Oxford and Queen Mary University of London, and on Wenger & Snyder (2000); sources are cited in the "
                    <AppLink href=Route::Toolkit.path()>"toolkit"</AppLink>
                    "."
                </p>
                <ProgrammeContact/>
                <p class="footer-links">
                    <AppLink href=Route::Accessibility.path()>{Route::Accessibility.label()}</AppLink>
                    // The content studio is another app's page: `external` keeps
                    // the router from handling the link as one of its views.
                    <a href=format!("{}{STUDIO_FOLDER}", app_root()) rel="external">"For directory editors"</a>
                </p>
            </div>
        </footer>
    }
}
