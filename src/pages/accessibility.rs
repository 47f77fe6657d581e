//! The accessibility statement, in the form of GOV.UK's sample statement
//! for the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
//! Accessibility Regulations 2018. What is true of the app itself (what you
//! can do, how it is tested) is written here; what only the institution can
//! say (who runs it, its status, contact, dates, its own testing and known
//! issues) comes from site.json's `accessibility`, and where that is missing
//! the page says so plainly instead of inventing it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::content_view::Loading;
use crate::components::page::PageHeading;
use crate::web::content::use_content;
use domain::content::ContentFile;
use domain::routes::Route;
use domain::site::{Accessibility, Compliance, Contact, DEFAULT_TITLE, SiteFile};

/// Addresses from GOV.UK's sample accessibility statement.
const REGULATIONS: &str = "https://www.legislation.gov.uk/uksi/2018/952/contents";
const WCAG: &str = "https://www.w3.org/TR/WCAG22/";
const EASS: &str = "https://www.equalityadvisoryservice.com/";
const ECNI: &str = "https://www.equalityni.org/Home";
const ABILITYNET: &str = "https://mcmw.abilitynet.org.uk/";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let site = use_content::<SiteFile>();
    view! {
        <PageHeading title=Route::Accessibility.title()/>
        {move || match site.get() {
            None => view! { <Loading what=SiteFile::WHAT/> }.into_any(),
            // A missing or unusable site.json leaves the institution's parts
            // unsaid (the shell's notice says why); the rest still holds.
            Some(loaded) => statement(loaded.ok()).into_any(),
        }}
    }
}

/// Who the statement names for what only the institution can say.
struct Runner {
    organisation: Option<String>,
}

impl Runner {
    /// The subject of a sentence: the organisation, or a plain description.
    fn subject(&self) -> AnyView {
        match &self.organisation {
            Some(name) => view! { <bdi>{name.clone()}</bdi> }.into_any(),
            None => "The organisation running this copy of CoP Navigator".into_any(),
        }
    }
}

fn statement(site: Option<Arc<SiteFile>>) -> impl IntoView {
    let title = site
        .as_ref()
        .map_or(DEFAULT_TITLE, |site| site.title())
        .to_string();
    let runner = Runner {
        organisation: site.as_ref().and_then(|site| site.organisation.clone()),
    };
    let settings = site
        .as_ref()
        .and_then(|site| site.accessibility.clone())
        .unwrap_or_default();
    view! {
        <div class="prose statement">
            {scope(&title, &runner)}
            {how_accessible(&settings)}
            {feedback(&settings, &runner)}
            {enforcement()}
            {technical(&settings, &runner)}
            {non_accessible(&settings)}
            {preparation(&settings, &runner)}
        </div>
    }
}

fn scope(title: &str, runner: &Runner) -> impl IntoView + use<> {
    let applies = if title == DEFAULT_TITLE {
        view! { <p>"This accessibility statement applies to this copy of CoP Navigator, the app for choosing, finding, starting and running communities of practice."</p> }.into_any()
    } else {
        view! {
            <p>
                "This accessibility statement applies to "
                <bdi>{title.to_string()}</bdi>
                ", a copy of CoP Navigator, the app for choosing, finding, starting and running communities of practice."
            </p>
        }
        .into_any()
    };
    let runs = match &runner.organisation {
        Some(name) => view! { <p>"This app is run by " <bdi>{name.clone()}</bdi> "."</p> }.into_any(),
        None => view! { <p>"The site settings do not yet name the organisation that runs this copy."</p> }.into_any(),
    };
    view! {
        {applies}
        {runs}
        <p>"We want as many people as possible to be able to use this app. For example, that means you should be able to:"</p>
        <ul class="can-do">
            <li>"zoom in up to 400% without the text spilling off the screen: every page works 320 pixels wide without scrolling sideways"</li>
            <li>"use every part of the app with a keyboard alone; when you follow a link within the app, focus moves to the new page's main heading"</li>
            <li>"use a screen reader: each page has one main heading and headed sections, controls have labels, and changes such as the number of search results are announced"</li>
            <li>"read every chart as text: the self-assessment's scores can be shown as a table, and the picture of participation levels has a written legend"</li>
            <li>"use your device's dark mode: the full app follows it, with readable contrast in light and dark colours"</li>
            <li>"print any page, or save it as a PDF, without the menus and buttons"</li>
        </ul>
        <p><a href=ABILITYNET rel="external">"AbilityNet"</a>" has advice on making your device easier to use if you have a disability."</p>
    }
}

fn how_accessible(settings: &Accessibility) -> impl IntoView + use<> {
    let known = if settings.known_issues.is_empty() {
        view! {
            <p>"We do not know of any part of this app that is not accessible. If you find one, please tell us: see “Reporting accessibility problems with this app” below."</p>
        }
        .into_any()
    } else {
        view! {
            <p>"We know some parts of this app are not fully accessible:"</p>
            <ul class="known-issues">
                {settings.known_issues.iter().map(|issue| view! { <li>{issue.clone()}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="how-accessible">
            <h2 id="how-accessible">"How accessible this app is"</h2>
            {known}
            <p>"Pages and documents on other organisations' websites that the app links to, such as the sources the toolkit cites and communities' own pages, are not part of this app and may not be accessible."</p>
        </section>
    }
}

/// Where to write, or a plain sentence that nobody has been named yet (no link).
fn contact_line(settings: &Accessibility, runner: &Runner, lead: &'static str) -> AnyView {
    match settings.contact() {
        Some(contact) => {
            let how = match contact {
                Contact::Email { .. } => " email ",
                Contact::Page { .. } => " contact us through ",
            };
            view! {
                <p class="contact">
                    {lead}
                    {how}
                    <a href=contact.href().to_string() rel="external">{contact.text().to_string()}</a>
                    "."
                </p>
            }
            .into_any()
        }
        None => view! {
            <p class="no-contact">
                {runner.subject()}
                " has not published an accessibility contact yet, so this statement cannot yet say where to write."
            </p>
        }
        .into_any(),
    }
}

fn feedback(settings: &Accessibility, runner: &Runner) -> impl IntoView + use<> {
    view! {
        <section aria-labelledby="feedback">
            <h2 id="feedback">"Feedback and contact information"</h2>
            {contact_line(
                settings,
                runner,
                "If you need information on this app in a different format, such as accessible PDF, large print, easy read, audio recording or braille,",
            )}
            <h3 id="reporting">"Reporting accessibility problems with this app"</h3>
            {contact_line(
                settings,
                runner,
                "We are always looking to improve the accessibility of this app. If you find any problems not listed on this page, or think we are not meeting accessibility requirements,",
            )}
        </section>
    }
}

fn enforcement() -> impl IntoView {
    view! {
        <section aria-labelledby="enforcement">
            <h2 id="enforcement">"Enforcement procedure"</h2>
            <p>
                "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
                <a href=REGULATIONS rel="external">"Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018"</a>
                " (the “accessibility regulations”) in England, Scotland and Wales. If you are not happy with how we respond to your complaint, "
                <a href=EASS rel="external">"contact the Equality Advisory and Support Service (EASS)"</a>
                "."
            </p>
            <p>
                "If you are in Northern Ireland and are not happy with how we respond to your complaint, contact the "
                <a href=ECNI rel="external">"Equality Commission for Northern Ireland (ECNI)"</a>
                ", which is responsible for enforcing the accessibility regulations in Northern Ireland."
            </p>
        </section>
    }
}

/// The compliance sentence for the status the institution chose.
fn compliance(settings: &Accessibility, runner: &Runner) -> AnyView {
    let standard = || view! { <a href=WCAG rel="external">"Web Content Accessibility Guidelines version 2.2"</a> };
    match settings.status {
        Some(Compliance::FullyCompliant) => view! {
            <p id="compliance-status">"This app is fully compliant with the " {standard()} " AA standard."</p>
        }
        .into_any(),
        Some(Compliance::PartiallyCompliant) => view! {
            <p id="compliance-status">
                "This app is partially compliant with the " {standard()}
                " AA standard, due to the non-compliances listed under “How accessible this app is”."
            </p>
        }
        .into_any(),
        Some(Compliance::NotCompliant) => view! {
            <p id="compliance-status">
                "This app is not compliant with the " {standard()}
                " AA standard. The non-compliances are listed under “How accessible this app is”."
            </p>
        }
        .into_any(),
        None => view! {
            <p id="compliance-status">
                {runner.subject()}
                " has not yet published its assessment of how far this app complies with the " {standard()}
                " AA standard. The app's own automated tests, described below, check it against that standard on every build."
            </p>
        }
        .into_any(),
    }
}

fn technical(settings: &Accessibility, runner: &Runner) -> impl IntoView + use<> {
    let commitment = runner.organisation.clone().map(|name| {
        view! {
            <p>
                <bdi>{name}</bdi>
                " is committed to making this app accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018."
            </p>
        }
    });
    view! {
        <section aria-labelledby="technical">
            <h2 id="technical">"Technical information about this app's accessibility"</h2>
            {commitment}
            <h3>"Compliance status"</h3>
            {compliance(settings, runner)}
        </section>
    }
}

fn non_accessible(settings: &Accessibility) -> impl IntoView + use<> {
    let non_compliance = if settings.known_issues.is_empty() {
        "No content is known to fail the accessibility regulations."
    } else {
        "The content listed under “How accessible this app is” does not meet the accessibility regulations."
    };
    view! {
        <section aria-labelledby="non-accessible">
            <h2 id="non-accessible">"Non-accessible content"</h2>
            <h3>"Non-compliance with the accessibility regulations"</h3>
            <p>{non_compliance}</p>
            <h3>"Content that is not within the scope of the accessibility regulations"</h3>
            <p>"Other organisations' websites and documents that the app links to are not covered by this statement."</p>
        </section>
    }
}

fn preparation(settings: &Accessibility, runner: &Runner) -> impl IntoView + use<> {
    let dates = match (settings.prepared_on(), settings.reviewed_on()) {
        (Some(prepared), Some(reviewed)) => view! {
            <p class="statement-dates">{format!("This statement was prepared on {}. It was last reviewed on {}.", prepared.long(), reviewed.long())}</p>
        }
        .into_any(),
        (Some(prepared), None) => view! {
            <p class="statement-dates">{format!("This statement was prepared on {}. It has not been reviewed since.", prepared.long())}</p>
        }
        .into_any(),
        _ => view! {
            <p class="statement-dates">{runner.subject()}" has not yet recorded when this statement was prepared or last reviewed."</p>
        }
        .into_any(),
    };
    let manual = match &settings.manual_testing {
        Some(text) => view! { <p class="manual-testing">{text.clone()}</p> }.into_any(),
        None => view! {
            <p class="manual-testing">{runner.subject()}" has not yet described any testing of its own, such as checks with screen readers."</p>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="preparation">
            <h2 id="preparation">"Preparation of this accessibility statement"</h2>
            {dates}
            <h3>"How the app is tested"</h3>
            <p>"CoP Navigator's automated tests run in headless Chromium on every build of the app. They check:"</p>
            <ul class="tested">
                <li>"every view and state with three independent checkers (axe-core, IBM Equal Access and HTML_CodeSniffer) against WCAG 2.2 levels A and AA, in light and dark colours"</li>
                <li>"journeys through the guide, the roles, the directory and the self-assessment, and between views, using the keyboard alone"</li>
                <li>"every view 320 pixels wide, where nothing may scroll sideways"</li>
                <li>"every view embedded in another site's page"</li>
                <li>"the printed guide result, roles, directory, self-assessment result and toolkit, without menus and buttons"</li>
            </ul>
            <h3>"Testing by the organisation running this copy"</h3>
            {manual}
        </section>
    }
}
