//! "Levels of participation": concentric rings sized to the shares the
//! sources give, each a radio button (click, or arrow keys as in any radio
//! group), with what the chosen level looks like and how people move.
//! The rings' legend below the picture is its text alternative.

use leptos::prelude::*;

use super::tabs::heading_id;
use crate::components::announcer::use_announcer;
use crate::components::prose::Prose;
use crate::web::focus::focus_by_id;
use crate::web::url_state::UrlStateHandle;
use domain::roles::Level;
use domain::roles::rings::{fixed, ring_path};
use domain::roles::state::{RolesState, Tab};

/// The picture's user units: centre and the community's radius.
const CENTRE: f64 = 200.0;
const RADIUS: f64 = 150.0;

#[component]
pub fn Participation(url: UrlStateHandle<RolesState>) -> impl IntoView {
    let roles = url.content();
    let count = roles.levels.len();
    let selected = Memo::new(move |_| match url.state().get() {
        RolesState::Level(index) => index,
        _ => 0,
    });
    let announcer = use_announcer();
    // Choosing a level replaces the history entry, as choosing within any tab does.
    let choose = {
        let roles = roles.clone();
        move |index: usize| {
            let Some(level) = roles.levels.get(index) else {
                return;
            };
            if selected.get_untracked() != index {
                announcer.say(format!("{}: {}", level.name, level.summary));
                url.replace(&RolesState::Level(index));
            }
            focus_by_id(&ring_id(level));
        }
    };
    let rings = roles
        .rings()
        .into_iter()
        .enumerate()
        .map(|(position, ring)| {
            let level = &roles.levels[ring.level];
            let index = ring.level;
            let path = ring_path(CENTRE, CENTRE, ring.inner * RADIUS, ring.outer * RADIUS);
            // The core's label sits in the middle; the others at the top of their band.
            let label_y = if ring.inner == 0.0 {
                CENTRE + 5.0
            } else {
                CENTRE - (ring.inner + ring.outer) / 2.0 * RADIUS + 5.0
            };
            let is_selected = move || selected.get() == index;
            let on_click = {
                let choose = choose.clone();
                move |_| choose(index)
            };
            let on_key = {
                let choose = choose.clone();
                move |event: leptos::ev::KeyboardEvent| {
                    let next = match event.key().as_str() {
                        "ArrowRight" | "ArrowDown" => (index + 1) % count,
                        "ArrowLeft" | "ArrowUp" => (index + count - 1) % count,
                        "Home" => 0,
                        "End" => count - 1,
                        " " | "Enter" => index,
                        _ => return,
                    };
                    event.prevent_default();
                    choose(next);
                }
            };
            let class = if level.outside {
                format!("ring ring-{position} ring-outside")
            } else {
                format!("ring ring-{position}")
            };
            view! {
                <g
                    id=ring_id(level)
                    class=class
                    class:selected=is_selected
                    role="radio"
                    aria-checked=move || is_selected().to_string()
                    aria-label=format!("{}: {}", level.name, share_phrase(level))
                    tabindex=move || if is_selected() { "0" } else { "-1" }
                    on:click=on_click
                    on:keydown=on_key
                >
                    <path class="ring-shape" d=path.clone() fill-rule="evenodd"></path>
                    <path class="ring-hatch" d=path fill-rule="evenodd" fill="url(#ring-hatch)"></path>
                    <text class="ring-label" x=fixed(CENTRE) y=fixed(label_y) text-anchor="middle">{level.short_name.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let legend = roles
        .levels
        .iter()
        .map(|level| {
            view! {
                <li>
                    <strong>{format!("{}: ", level.name)}</strong>
                    <Prose blocks=level.share_text.blocks.clone()/>
                </li>
            }
        })
        .collect_view();
    let detail = {
        let roles = roles.clone();
        move || roles.levels.get(selected.get()).map(level_detail)
    };
    view! {
        <h2 id=heading_id(Tab::Levels) tabindex="-1">"Levels of participation"</h2>
        <div class="participation">
            <figure class="rings-figure">
                <svg class="rings" viewBox="0 0 400 400" role="radiogroup" aria-labelledby="rings-caption" aria-describedby="rings-hint">
                    <defs>
                        <pattern id="ring-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <line x1="0" y1="0" x2="0" y2="8" class="hatch-line"></line>
                        </pattern>
                    </defs>
                    {rings}
                </svg>
                <figcaption>
                    <p id="rings-caption" class="rings-caption">"Levels of participation, from the centre outwards"</p>
                    <ol class="rings-legend">{legend}</ol>
                    <p id="rings-hint" class="hint no-print">"Select a ring, or move between rings with the arrow keys, to see what that level looks like."</p>
                </figcaption>
            </figure>
            <div class="level-detail">{detail}</div>
        </div>
        <div class="prose">
            <h3>"How people move between levels"</h3>
            <Prose blocks=roles.movement.blocks.clone()/>
            <h3>"About the picture"</h3>
            <Prose blocks=roles.picture_note.blocks.clone()/>
        </div>
    }
}

fn level_detail(level: &Level) -> impl IntoView + use<> {
    view! {
        <section aria-labelledby="level-detail-title" class="prose">
            <h3 id="level-detail-title">{level.name.clone()}</h3>
            <p class="level-summary">{level.summary.clone()}</p>
            <h4>"Share of members"</h4>
            <Prose blocks=level.share_text.blocks.clone()/>
            <h4>"What it looks like"</h4>
            <Prose blocks=level.looks_like.blocks.clone()/>
            {level.commitment.as_ref().map(|commitment| view! {
                <h4>"Time and cadence"</h4>
                <Prose blocks=commitment.blocks.clone()/>
            })}
            <h4>"Moving between levels"</h4>
            <Prose blocks=level.moving.blocks.clone()/>
        </section>
    }
}

/// The share in a few words, from the numbers (for the ring's accessible name).
fn share_phrase(level: &Level) -> String {
    match level.share {
        Some(share) if share.min == share.max => format!("about {}% of members", share.min),
        Some(share) => format!("about {}–{}% of members", share.min, share.max),
        None if level.outside => "outside the community, not members".to_string(),
        None => "no percentage given in the sources".to_string(),
    }
}

fn ring_id(level: &Level) -> String {
    format!("ring-{}", level.id)
}
