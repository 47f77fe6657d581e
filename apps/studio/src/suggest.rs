//! `studio/suggest/`: "Suggest a community", for staff who know of one the
//! directory lacks. A short form checked by the directory's own rules
//! (`domain::directory::suggestion`); it writes an email to the directory's
//! editors (site.json `directory_contact`) with the entry as readable text
//! and as a block the studio pastes in. Nothing is sent by the page: the
//! person's own mail program sends it, or they copy the text. Without an
//! editors' address the form is not offered.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use cop_navigator::components::content_view::with_content;
use cop_navigator::web::clipboard::{clipboard_available, copy_text};
use cop_navigator::web::content::use_content;
use cop_navigator::web::{clock, focus};
use domain::date::Date;
use domain::directory::suggestion::{Field, Suggestion, SuggestionEmail};
use domain::directory::{Choice, DirectoryFile, Kind};
use domain::site::SiteFile;

/// The page's title.
pub const TITLE: &str = "Suggest a community";

/// Help under each field.
fn hint(field: Field) -> &'static str {
    match field {
        Field::Name => "As its members call it.",
        Field::About => "What it is about and what members do together, in a sentence or three.",
        Field::Audience => "Who can join, e.g. anyone who organises events.",
        Field::HowToJoin => {
            "A link to join (https://…), an email address, or a few words, e.g. “Ask the leads”."
        }
        Field::Contact => {
            "Who the directory's editors can ask about it: yours or a lead's. It is shown in the directory as the contact."
        }
        Field::Organisation => "The university or organisation it belongs to, if you know.",
        Field::ServiceArea => {
            "The professional area, e.g. Finance or Research support, if you know."
        }
        Field::Topics => "Words people might search for, separated by commas, if you like.",
    }
}

#[component]
pub fn SuggestPage() -> impl IntoView {
    let site = use_content::<SiteFile>();
    view! {
        <h1>{TITLE}</h1>
        <p class="lead">"Know of a community of practice or network that is not in the directory? Tell its editors: fill in what you know, and this page writes the email for you to send."</p>
        {move || match site.get() {
            None => view! { <p class="status-line">"Loading…"</p> }.into_any(),
            Some(loaded) => match loaded.ok().and_then(|site| site.directory_contact.clone()) {
                Some(contact) => with_content(move |directory: Arc<DirectoryFile>| {
                    view! { <SuggestForm contact=contact.clone() directory=directory/> }
                }).into_any(),
                None => view! {
                    <p class="notice">"This site has not given an address for the directory's editors, so suggestions cannot be written from here. Ask the team that runs your communities of practice programme how to suggest one."</p>
                }.into_any(),
            },
        }}
    }
}

#[component]
fn SuggestForm(contact: String, directory: Arc<DirectoryFile>) -> impl IntoView {
    let today = clock::today().unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    });
    let ids: HashSet<String> = directory.communities.iter().map(|c| c.id.clone()).collect();
    let suggestion = RwSignal::new(Suggestion::default());
    // Problems are shown once the person asks for the email.
    let checked = RwSignal::new(false);
    let problems = Memo::new(move |_| suggestion.with(Suggestion::check));
    let email: RwSignal<Option<SuggestionEmail>> = RwSignal::new(None);
    let copied = RwSignal::new(None::<String>);
    let write = {
        let contact = contact.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            checked.set(true);
            match suggestion.with_untracked(|s| s.email(Some(&contact), today, &ids)) {
                Ok(written) => {
                    email.set(Some(written));
                    focus::reveal_later("suggest-email".to_string());
                }
                Err(_) => {
                    email.set(None);
                    focus::reveal_later("suggest-problems".to_string());
                }
            }
        }
    };
    let fields = Field::ALL
        .iter()
        .map(|&field| {
            let id = format!("suggest-{field:?}").to_lowercase();
            let problem = move || {
                checked.get().then(|| problems.with(|p| p.iter().find(|p| p.field == field).map(|p| p.message.clone()))).flatten()
            };
            let long = matches!(field, Field::About | Field::Audience);
            let optional = matches!(field, Field::Organisation | Field::ServiceArea | Field::Topics | Field::HowToJoin);
            let label = if optional { format!("{} (optional)", field.label()) } else { field.label().to_string() };
            let value = move || suggestion.with(|s| s.get(field).to_string());
            let set = move |ev: leptos::ev::Event| {
                let text = event_target_value(&ev);
                suggestion.update(|s| s.set(field, text));
                email.set(None);
            };
            let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
            let described = { let (h, e) = (hint_id.clone(), error_id.clone()); move || if problem().is_some() { format!("{h} {e}") } else { h.clone() } };
            let invalid = move || problem().is_some().then_some("true");
            let control = if long {
                view! { <textarea id=id.clone() rows="3" aria-describedby=described aria-invalid=invalid prop:value=value on:input=set></textarea> }.into_any()
            } else {
                let kind = if field == Field::Contact { "email" } else { "text" };
                view! { <input id=id.clone() type=kind autocomplete=if field == Field::Contact { "email" } else { "off" } aria-describedby=described aria-invalid=invalid prop:value=value on:input=set/> }.into_any()
            };
            view! {
                <div class="field" class:has-error=move || problem().is_some()>
                    <label for=id.clone()>{label}</label>
                    <p class="hint" id=hint_id>{hint(field)}</p>
                    {move || problem().map(|m| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>{m}</p> })}
                    {control}
                </div>
            }
        })
        .collect_view();
    let kinds = Kind::ALL
        .iter()
        .map(|kind| view! { <option value=kind.slug()>{kind.label()}</option> })
        .collect_view();
    let copy = move |_| {
        let Some(written) = email.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let text = format!("Subject: {}\n\n{}", written.subject, written.body);
            copied.set(Some(if copy_text(&text).await {
                "Copied the email: paste it into a new email to the address above.".to_string()
            } else {
                "This browser did not allow copying: select the text below and copy it yourself."
                    .to_string()
            }));
        });
    };
    view! {
        <p>{format!("The email goes to the directory's editors at {contact}. Nothing is sent until you send it yourself.")}</p>
        <form novalidate on:submit=write aria-labelledby="suggest-heading">
            <h2 id="suggest-heading">"About the community"</h2>
            {move || {
                let list = problems.get();
                (checked.get() && !list.is_empty()).then(|| view! {
                    <div class="error-summary" id="suggest-problems" tabindex="-1" role="alert" aria-labelledby="suggest-problems-heading">
                        <h2 id="suggest-problems-heading">{if list.len() == 1 { "There is a problem".to_string() } else { format!("There are {} problems", list.len()) }}</h2>
                        <ul>{list.into_iter().map(|p| {
                            let target = format!("suggest-{:?}", p.field).to_lowercase();
                            let go = { let target = target.clone(); move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); focus::focus_by_id(&target); } };
                            view! { <li><a href=format!("#{target}") on:click=go>{format!("{}: {}", p.field.label(), p.message)}</a></li> }
                        }).collect_view()}</ul>
                    </div>
                })
            }}
            {fields}
            <div class="field">
                <label for="suggest-kind">"Kind of group (optional)"</label>
                <select id="suggest-kind" on:change=move |ev| { let slug = event_target_value(&ev); suggestion.update(|s| s.kind = Kind::from_slug(&slug)); email.set(None); }>
                    <option value="">"Not sure"</option>
                    {kinds}
                </select>
            </div>
            <p><button type="submit" class="button">"Write the email"</button></p>
        </form>
        {move || email.get().map(|written| view! {
            <section class="notice suggest-email" id="suggest-email" tabindex="-1" aria-labelledby="suggest-email-heading">
                <h2 id="suggest-email-heading">"Your email is ready"</h2>
                <p>"Open it in your mail program and send it, or copy it into a new email. The editors will check it and add the community."</p>
                <p class="actions">
                    <a class="button" href=written.mailto.clone()>"Open the email"</a>
                    {clipboard_available().then(|| view! { <button type="button" class="button secondary" on:click=copy>"Copy the email"</button> })}
                </p>
                {move || copied.get().map(|text| view! { <p role="status">{text}</p> })}
                <p><strong>"Subject: "</strong>{written.subject.clone()}</p>
                <pre class="reminder" tabindex="0" aria-label="The email's text">{written.body.clone()}</pre>
            </section>
        })}
    }
}
