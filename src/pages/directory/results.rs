//! The results: a count, the sort order, export, the cards (a page at a
//! time, so a large directory still renders in a frame) and, when nothing
//! matches, what to do next.

use leptos::prelude::*;

use super::Browsing;
use crate::components::announcer::use_announcer;
use crate::components::link::AppLink;
use crate::components::shell::SuggestCommunity;
use crate::web::clock::unix_seconds;
use crate::web::download::save_text;
use crate::web::focus::focus_when_shown;
use crate::web::links::absolute_url;
use domain::directory::browse::{Results, communities};
use domain::directory::csv::to_csv;
use domain::directory::meetings::{DateTime, Schedule, ics};
use domain::directory::state::{DirectoryState, Sort};
use domain::directory::{Choice, Community, Status};
use domain::routes::Route;
use domain::search::{Query, matched_words};

/// Cards shown at first and added by "Show more": enough to scan, few
/// enough to redraw within a frame as the user types.
const PAGE: usize = 20;

const CSV_FILE: &str = "community-directory.csv";

const CALENDAR_FILE: &str = "community-meetings.ics";

pub fn results(browsing: Browsing) -> impl IntoView {
    let limit = RwSignal::new(PAGE);
    // Each new search starts again at the first page.
    Effect::new(move |_| {
        browsing.state.track();
        limit.set(PAGE);
    });
    let total = Memo::new(move |_| browsing.results.with(|results| results.items.len()));
    let show_more = move |_| {
        let shown = limit.get_untracked();
        limit.set(shown + PAGE);
        let directory = browsing.directory();
        let next = browsing.results.with_untracked(|results| {
            results
                .items
                .get(shown)
                .and_then(|&index| directory.communities.get(index))
                .map(|community| community.id.clone())
        });
        if let Some(id) = next {
            focus_when_shown(format!("#card-{id} h3 a"));
        }
    };
    view! {
        <section class="results" aria-labelledby="results-title">
            <div class="results-bar">
                <h2 id="results-title" tabindex="-1">
                    {move || browsing.results.with(|results| browsing.state.with(|state| results.heading(state)))}
                </h2>
                <div class="results-tools no-print">
                    {sort_select(browsing)}
                    <Show when=move || { total.get() > 0 }>{export_button(browsing)}</Show>
                </div>
            </div>
            {calendar_offer(browsing)}
            {move || archived_note(browsing)}
            <Show
                when=move || { total.get() > 0 }
                fallback=move || browsing.results.with(|results| browsing.state.with(|state| empty_state(browsing, results, state)))
            >
                {cards(browsing, limit)}
            </Show>
            <Show when=move || { total.get() > limit.get() }>
                <p class="no-print">
                    <button type="button" class="button secondary" on:click=show_more>
                        {move || {
                            format!(
                                "Show {} more ({} of {} shown)",
                                PAGE.min(total.get().saturating_sub(limit.get())),
                                limit.get(),
                                total.get(),
                            )
                        }}
                    </button>
                </p>
            </Show>
        </section>
    }
}

fn sort_select(browsing: Browsing) -> impl IntoView {
    let on_change = move |event| {
        let slug = event_target_value(&event);
        if let Some(sort) = Sort::from_slug(&slug) {
            browsing.change(|state| state.sort = sort);
        }
    };
    view! {
        <div class="sort">
            <label for="directory-sort">"Sort by"</label>
            <select id="directory-sort" prop:value=move || browsing.url.state().with(|state| state.sort.slug()) on:change=on_change>
                {Sort::ALL
                    .into_iter()
                    .map(|sort| view! { <option value=sort.slug()>{sort.label()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

fn export_button(browsing: Browsing) -> impl IntoView {
    let announcer = use_announcer();
    // Each row links to its community's detail, wherever the file is opened.
    let link_base = absolute_url(Route::Directory.path());
    let export = move |_| {
        let directory = browsing.directory();
        let (csv, n) = browsing.results.with_untracked(|results| {
            (
                to_csv(&directory, &results.items, browsing.today, &link_base),
                results.items.len(),
            )
        });
        if save_text(CSV_FILE, "text/csv", &csv) {
            announcer.say(format!("Downloaded {} as {CSV_FILE}.", communities(n)));
        } else {
            announcer.say("Your browser did not allow the download.");
        }
    };
    view! {
        <button type="button" class="button secondary" on:click=export>
            "Download CSV"
        </button>
    }
}

/// `then` of the communities found that have meetings ahead as of `stamp`
/// (UTC), with their schedules: the events of one calendar file.
fn with_meetings<R>(
    browsing: Browsing,
    stamp: DateTime,
    then: impl FnOnce(Vec<(&Community, Schedule)>) -> R,
) -> R {
    let directory = browsing.directory();
    browsing.results.with_untracked(|results| {
        let found = results
            .items
            .iter()
            .filter_map(|&index| directory.communities.get(index));
        then(ics::with_meetings_ahead(found, stamp))
    })
}

/// When any community found gives meeting times: one calendar file of all
/// their meetings (one repeating event a community). Not offered otherwise.
fn calendar_offer(browsing: Browsing) -> impl IntoView {
    let announcer = use_announcer();
    let now = move || unix_seconds().and_then(DateTime::from_unix_seconds);
    // (communities with meetings ahead, communities found): a closure
    // rather than a memo, which would cost more code than it saves work.
    let counts = move || {
        let shown = browsing.results.with(|results| results.items.len());
        let with = now().map_or(0, |stamp| {
            with_meetings(browsing, stamp, |events| events.len())
        });
        (with, shown)
    };
    let download = move |_| {
        let Some(stamp) = now() else { return };
        let (calendar, n) = with_meetings(browsing, stamp, |events| {
            let events: Vec<(&Community, &Schedule)> = events
                .iter()
                .map(|(community, schedule)| (*community, schedule))
                .collect();
            (ics::calendar(&events, stamp), events.len())
        });
        announcer.say(if save_text(CALENDAR_FILE, "text/calendar", &calendar) {
            match n {
                1 => format!("Downloaded 1 community’s meetings as {CALENDAR_FILE}."),
                n => format!("Downloaded {n} communities’ meetings as {CALENDAR_FILE}."),
            }
        } else {
            "Your browser did not allow the download.".to_string()
        });
    };
    move || {
        let (with, shown) = counts();
        (with > 0).then(|| {
            let (label, note) = ics::offer(with, shown);
            view! {
                <p class="calendar-offer no-print">
                    <button type="button" class="button secondary" on:click=download>{label}</button>
                    {note.map(|note| view! { <span class="hint">" "{note}</span> })}
                </p>
            }
        })
    }
}

fn archived_note(browsing: Browsing) -> Option<impl IntoView> {
    let hidden = browsing
        .results
        .with(|results| (!results.items.is_empty()).then_some(results.archived_hidden))
        .filter(|hidden| *hidden > 0)?;
    let text = match hidden {
        1 => "1 archived community also matches.".to_string(),
        n => format!("{n} archived communities also match."),
    };
    Some(view! {
        <p class="archived-note no-print">
            {text} " "
            <button type="button" class="link-button" on:click=move |_| browsing.show_archived()>
                "Show archived"
            </button>
        </p>
    })
}

/// The cards, keyed by community: when the words change, cards that stay
/// are updated in place (their highlights and links), not rebuilt. Matches
/// of every word come first; partial matches follow in a list of their own
/// under a note saying what they are.
fn cards(browsing: Browsing, limit: RwSignal<usize>) -> impl IntoView {
    let shown = Memo::new(move |_| {
        let limit = limit.get();
        browsing.results.with(|results| {
            let end = limit.min(results.items.len());
            let split = results.all_words.min(end);
            (
                results.items[..split].to_vec(),
                results.items[split..end].to_vec(),
            )
        })
    });
    let query = Memo::new(move |_| Query::parse(&browsing.text.get()));
    view! {
        <Show when=move || shown.with(|(all, _)| !all.is_empty())>
            <ul class="card-list" id="results-list">
                <For each=move || shown.get().0 key=|index| *index let:index>
                    {card(browsing, index, query)}
                </For>
            </ul>
        </Show>
        <Show when=move || shown.with(|(_, partial)| !partial.is_empty())>
            <p class="partial-note" id="partial-note">
                "Partial matches: these share only some of your words, or a word spelled like one of them."
            </p>
            <ul class="card-list" id="partial-list" aria-labelledby="partial-note">
                <For each=move || shown.get().1 key=|index| *index let:index>
                    {card(browsing, index, query)}
                </For>
            </ul>
        </Show>
    }
}

fn card(browsing: Browsing, index: usize, query: Memo<Query>) -> impl IntoView {
    let directory = browsing.directory();
    let community = directory.communities.get(index).cloned()?;
    let needs_review = browsing
        .today
        .is_some_and(|today| community.needs_review(today, directory.review_after_months));
    let href = {
        let id = community.id.clone();
        Signal::derive(move || {
            let mut detail = browsing.state.get();
            detail.community = Some(id.clone());
            browsing.path(&detail)
        })
    };
    let name = marked(community.name.clone(), query);
    Some(view! {
        <li class="card community-card" id=format!("card-{}", community.id)>
            <h3 on:click=|_| focus_when_shown("#detail-title")>
                <AppLink href=href>{name}</AppLink>
            </h3>
            <p class="meta">
                {marked(community.organisation.clone(), query)}
                " · "
                {marked(community.service_area.clone(), query)}
            </p>
            {badges(&community, needs_review)}
            <p class="summary">{marked(community.summary.clone(), query)}</p>
            <p class="topics">
                <span class="field">"Topics: "</span>
                {marked(community.topics.join(", "), query)}
            </p>
            {(!community.aliases.is_empty())
                .then(|| {
                    view! {
                        <p class="topics">
                            <span class="field">"Also known as: "</span>
                            {marked(community.aliases.join(", "), query)}
                        </p>
                    }
                })}
        </li>
    })
}

/// Kind and status as words (colour only repeats them), and the review flag
/// (not for archived entries, which nobody is expected to keep current).
pub fn badges(community: &Community, needs_review: bool) -> impl IntoView + use<> {
    let status_class = format!("badge status-{}", community.status.slug());
    view! {
        <p class="badges">
            <span class="badge kind">{community.kind.label()}</span>
            <span class=status_class>{community.status.label()}</span>
            {(community.status != Status::Archived && needs_review)
                .then(|| view! { <span class="badge needs-review">"Needs review"</span> })}
        </p>
    }
}

/// `text` with the words the query matches in `<mark>`. Redrawn only when
/// which words are marked changes, which for most text on most keystrokes
/// it does not.
fn marked(text: String, query: Memo<Query>) -> impl IntoView {
    let marks = {
        let text = text.clone();
        Memo::new(move |_| {
            query.with(|query| matched_words(&text, |word| query.matches_word(word)))
        })
    };
    move || {
        marks.with(|marks| {
            let mut parts = Vec::with_capacity(marks.len() * 2 + 1);
            let mut last = 0;
            for range in marks {
                if range.start > last {
                    parts.push(text[last..range.start].to_string().into_any());
                }
                parts.push(view! { <mark>{text[range.clone()].to_string()}</mark> }.into_any());
                last = range.end;
            }
            if last < text.len() || parts.is_empty() {
                parts.push(text[last..].to_string().into_any());
            }
            parts
        })
    }
}

fn empty_state(
    browsing: Browsing,
    results: &Results,
    state: &DirectoryState,
) -> impl IntoView + use<> {
    let query = state.query.trim().to_string();
    let suggestion = results.suggestion.clone().map(|words| {
        let mut fixed = state.clone();
        fixed.query = words.clone();
        view! {
            <li>"Did you mean " <AppLink href=browsing.path(&fixed)><strong>{words}</strong></AppLink> "?"</li>
        }
    });
    let clear = state.has_filters().then(|| {
        let without = match results.matching_query {
            _ if query.is_empty() => String::new(),
            0 => String::new(),
            1 => "1 community matches without filters. ".to_string(),
            n => format!("{n} communities match without filters. "),
        };
        view! {
            <li>
                {without}
                <button type="button" class="link-button" on:click=move |_| browsing.clear_filters()>
                    "Clear filters"
                </button>
            </li>
        }
    });
    let archived = (results.archived_hidden > 0).then(|| {
        view! {
            <li>
                {match results.archived_hidden {
                    1 => "1 archived community matches. ".to_string(),
                    n => format!("{n} archived communities match. "),
                }}
                <button type="button" class="link-button" on:click=move |_| browsing.show_archived()>
                    "Show archived"
                </button>
            </li>
        }
    });
    let broaden = (!query.is_empty()).then(|| {
        view! { <li>"Try fewer or different words: a topic, or the name of your service area."</li> }
    });
    let empty_directory = browsing.directory().communities.is_empty();
    view! {
        <div class="empty-state">
            {empty_directory.then(|| view! { <p>"The directory has no communities yet."</p> })}
            <ul class="next-steps">
                {suggestion}
                {clear}
                {archived}
                {broaden}
                <li>
                    "Nothing that fits? Perhaps it is time to start one: "
                    <AppLink href=Route::Assess.path()>"check whether you are ready to start a community"</AppLink>
                    "."
                </li>
            </ul>
            <SuggestCommunity/>
        </div>
    }
}
