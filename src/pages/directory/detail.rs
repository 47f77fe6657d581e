//! One community in full (`/directory?c=ID`): what it is, how to join (or
//! how to find out), and every fact the entry records. The rest of the URL
//! state is kept, so "Back to results" returns to the same search.

use leptos::prelude::*;

use super::Browsing;
use super::results::badges;
use crate::components::announcer::use_announcer;
use crate::components::link::AppLink;
use crate::components::shell::{ProgrammeContact, SuggestCommunity};
use crate::web::clock::unix_seconds;
use crate::web::download::save_text;
use crate::web::focus::focus_when_shown;
use domain::directory::meetings::{DateTime, ics, next_dates, uk_now};
use domain::directory::{Choice, Community, JoinBy, Status};

/// How many of a community's next meetings its page lists.
const NEXT_MEETINGS: usize = 3;

pub fn detail(browsing: Browsing, id: String) -> impl IntoView {
    let directory = browsing.directory();
    let mut back = browsing.state.get_untracked();
    back.community = None;
    let back_href = browsing.path(&back);
    let back_focus = format!("#card-{id} a");
    let back_link = view! {
        <p class="back-link no-print" on:click=move |_| focus_when_shown(back_focus.clone())>
            <AppLink href=back_href>"← Back to the directory"</AppLink>
        </p>
    };
    let Some(community) = directory.communities.iter().find(|c| c.id == id) else {
        return view! { {back_link} {not_found(browsing, &id)} }.into_any();
    };
    let needs_review = browsing
        .today
        .is_some_and(|today| community.needs_review(today, directory.review_after_months));
    view! {
        {back_link}
        <article class="community-detail" aria-labelledby="detail-title">
            <h2 id="detail-title" tabindex="-1">{community.name.clone()}</h2>
            {badges(community, needs_review)}
            <p class="lead">{community.summary.clone()}</p>
            {(needs_review && community.status != Status::Archived)
                .then(|| review_note(community, directory.review_after_months))}
            <h3>"How to join"</h3>
            {how_to_join(community)}
            {meeting_times(browsing, community)}
            <h3>"About this community"</h3>
            <dl class="facts">{facts(community)}</dl>
        </article>
    }
    .into_any()
}

fn review_note(community: &Community, months: u32) -> impl IntoView {
    let checked = community
        .reviewed()
        .map_or_else(|| community.last_reviewed.clone(), |date| date.long());
    view! {
        <p class="notice review-note">
            <strong>"Needs review: "</strong>
            {format!(
                "this entry was last checked on {checked}, {months} or more months ago, so some details may have changed."
            )}
        </p>
    }
}

/// The ways in the entry gives, as actions: a join page, Teams, the leads'
/// address (a link or address in `join` counts too). Without any, it says
/// so plainly. Then what `join` says in words, the programme contact
/// (site.json) and the source's own page.
fn how_to_join(community: &Community) -> impl IntoView {
    let (page, mailto, words) = match community.join_by() {
        JoinBy::Link(url) => (Some(url), None, None),
        JoinBy::Email(mailto) => (None, Some(mailto.to_string()), None),
        JoinBy::Text(text) => (None, None, Some(text.to_string())),
        JoinBy::Unknown => (None, None, None),
    };
    let page = community.join_url.as_deref().or(page).map(str::to_string);
    let address = community.contact_address().map(str::to_string);
    let mailto = address.as_ref().map(|a| format!("mailto:{a}")).or(mailto);
    let routes = community.has_joining_route();
    let words = words.or_else(|| {
        (!routes).then(|| {
            format!(
                "To find out, ask {}'s staff development or HR team, or search its intranet for “{}”.",
                community.organisation, community.name
            )
        })
    });
    let who = community
        .contact_name
        .clone()
        .unwrap_or_else(|| "The leads".into());
    let source = community.source_url.clone().map(|url| {
        view! { <p><a href=url rel="external noopener">{format!("Read more on {}’s site", community.organisation)}</a></p> }
    });
    view! {
        {routes.then(|| view! {
            <p class="join-actions">
                {page.map(|url| view! { <a class="button" href=url rel="external noopener">"Join this community"</a> })}
                {community.teams_url.clone().map(|url| view! { <a class="button" href=url rel="external noopener">"Join on Microsoft Teams"</a> })}
                {mailto.map(|href| view! { <a class="button secondary" href=href rel="external">"Contact the leads"</a> })}
            </p>
        })}
        {address.map(|address| view! { <p class="contact-line"><bdi>{who}</bdi>": "{address}</p> })}
        {(!routes).then(|| view! {
            <p class="no-route"><strong>"No joining route given. "</strong>"The source of this entry gives no joining link or contact address."</p>
        })}
        {words.map(|words| view! { <p>{words}</p> })}
        <ProgrammeContact/>
        <SuggestCommunity/>
        {source}
    }
}

/// When the community meets, if its entry gives a schedule: the schedule
/// in words, its next meetings in UK time (from the browser's clock, so
/// they are right whatever the user's time zone) and a calendar file of it.
fn meeting_times(browsing: Browsing, community: &Community) -> Option<impl IntoView + use<>> {
    let schedule = community.schedule()?;
    let now = unix_seconds().and_then(uk_now);
    let next = now
        .map(|now| next_dates(&schedule, now, NEXT_MEETINGS))
        .unwrap_or_default();
    let describe = schedule.describe();
    let dates = (!next.is_empty()).then(|| {
        let announcer = use_announcer();
        let file = format!("{}.ics", community.id);
        let id = community.id.clone();
        let add = move |_| {
            let Some(stamp) = unix_seconds().and_then(DateTime::from_unix_seconds) else {
                return;
            };
            // Found again rather than cloned into the handler: less code.
            let directory = browsing.directory();
            let Some(community) = directory.communities.iter().find(|c| c.id == id) else {
                return;
            };
            let ics = ics::calendar(&[(community, &schedule)], stamp);
            announcer.say(if save_text(&file, "text/calendar", &ics) {
                format!("Downloaded the meetings as {file}.")
            } else {
                "Your browser did not allow the download.".to_string()
            });
        };
        view! {
            <p id="next-meetings">"Next meetings:"</p>
            <ul class="meeting-dates" aria-labelledby="next-meetings">
                {next.iter().map(|meeting| view! { <li>{meeting.describe()}</li> }).collect_view()}
            </ul>
            <p class="no-print">
                <button type="button" class="button secondary" aria-describedby="calendar-hint" on:click=add>
                    "Add to calendar"
                </button>
            </p>
            <p class="hint no-print" id="calendar-hint">
                "Downloads a calendar file (.ics) of the repeating meeting for Outlook, Google or Apple calendars, which keep it at UK time across clock changes."
            </p>
        }
    });
    let ended = (now.is_some() && next.is_empty())
        .then(|| view! { <p>"No more meetings are planned."</p> });
    Some(view! {
        <h3>"Meeting times"</h3>
        <p class="meets"><strong>"Meets: "</strong>{describe}</p>
        {dates}
        {ended}
    })
}

/// The facts the entry has, in the order people look for them; absent
/// ones are left out rather than shown as blanks.
fn facts(community: &Community) -> impl IntoView {
    let list = |items: &[String]| (!items.is_empty()).then(|| items.join(", "));
    let rows: Vec<(&str, Option<String>)> = vec![
        ("Organisation", Some(community.organisation.clone())),
        ("Service area", Some(community.service_area.clone())),
        ("Who can join", Some(community.audience.clone())),
        ("Kind", Some(community.kind.label().to_string())),
        ("Status", Some(community.status.label().to_string())),
        ("Format", community.format.map(|f| f.label().to_string())),
        ("Meets", community.cadence.clone()),
        ("Members", community.members.map(|n| n.to_string())),
        ("Sponsor", community.sponsor.clone()),
        ("Led by", list(&community.leads)),
        ("Founded", community.founded.clone()),
        ("Topics", list(&community.topics)),
        ("Also known as", list(&community.aliases)),
        (
            "Last reviewed",
            Some(
                community
                    .reviewed()
                    .map_or_else(|| community.last_reviewed.clone(), |date| date.long()),
            ),
        ),
        ("Source", community.source.clone()),
    ];
    rows.into_iter()
        .filter_map(|(label, value)| {
            value.map(|value| view! { <div><dt>{label}</dt><dd>{value}</dd></div> })
        })
        .collect_view()
}

fn not_found(browsing: Browsing, id: &str) -> impl IntoView {
    let shown: String = id.chars().take(60).collect();
    let words = shown.replace('-', " ");
    let mut search = browsing.state.get_untracked();
    search.community = None;
    search.query = words.clone();
    search.clear_filters();
    view! {
        <h2 id="detail-title" tabindex="-1">"Community not found"</h2>
        <p>
            {format!(
                "The directory has no community with the id “{shown}”. It may have been renamed or removed, or the link may be incomplete."
            )}
        </p>
        <ul class="next-steps">
            <li><AppLink href=browsing.path(&search)>{format!("Search the directory for “{words}”")}</AppLink></li>
        </ul>
    }
}
