//! Every person's score per factor as a numbered dot on one 0–100 % scale,
//! with the group's median as a triangle above them: position, shape and number carry the
//! meaning, never colour alone. The SVG is hidden from screen readers; the
//! table after it has the same figures (and is their accessible form).

use leptos::prelude::*;

use crate::state::Together;

/// One dot's radius, the height of a row of dots and the space above the
/// dots for the median's marker, in pixels.
const RADIUS: usize = 11;
const LANE: usize = 24;
const MARKER: usize = 12;

#[component]
pub fn DotPlot(together: Together) -> impl IntoView {
    let content = together.content();
    let rows = move || {
        together.result.with(|result| {
            result
                .factors
                .iter()
                .map(|factor| {
                    let name = content.factors.get(factor.factor).map(|f| f.name.clone()).unwrap_or_default();
                    let summary = match (factor.median, factor.spread) {
                        (Some(median), Some(spread)) => format!("median {median}%, spread {spread} points"),
                        _ => "not assessed".to_string(),
                    };
                    let dots = lanes(&factor.people.iter().map(|r| r.map(|r| r.percent)).collect::<Vec<_>>());
                    let lanes_used = dots.iter().map(|(_, _, lane)| lane + 1).max().unwrap_or(1);
                    let height = MARKER + lanes_used * LANE + 4;
                    // The median's triangle sits above the dots (the middle
                    // person's dot is often at the median) with a line down
                    // through them; a nested viewport at the median, so both
                    // are drawn around x = 0.
                    let median_line = factor.median.map(|m| {
                        let x = format!("{m}%");
                        view! { <line class="median-line" x1=x.clone() x2=x y1="0" y2=height/> }
                    });
                    let median = factor.median.map(|m| {
                        view! {
                            <svg x=format!("{m}%") overflow="visible">
                                <path class="median" d="M -7 0 L 7 0 L 0 11 Z"/>
                            </svg>
                        }
                    });
                    let dots = dots
                        .into_iter()
                        .map(|(person, percent, lane)| {
                            let x = format!("{percent}%");
                            let y = MARKER + lane * LANE + LANE / 2;
                            view! {
                                <circle class="dot" cx=x.clone() cy=y r=RADIUS/>
                                <text class="dot-number" x=x y=y + 4 text-anchor="middle">{(person + 1).to_string()}</text>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="dot-row">
                            <span class="dot-label">{name}": "{summary}</span>
                            <svg class="dot-track" width="100%" height=height aria-hidden="true">
                                <svg x="4%" width="92%" overflow="visible">
                                    <line class="track" x1="0" x2="100%" y1=MARKER + LANE / 2 y2=MARKER + LANE / 2/>
                                    // The line behind the dots, the triangle above them.
                                    {median_line}
                                    {dots}
                                    {median}
                                </svg>
                            </svg>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let key = move || {
        together.group.with(|g| {
            g.display_labels()
                .into_iter()
                .enumerate()
                .map(|(index, label)| view! { <li><span class="key-number">{(index + 1).to_string()}</span>" "{label}</li> })
                .collect_view()
        })
    };
    view! {
        <figure class="dot-plot">
            <ol class="dot-rows">{rows}</ol>
            <figcaption>
                <p class="scale-note">"Scale: 0 % at the left, 100 % at the right. The triangle and line mark the group’s median."</p>
                <p>"Key:"</p>
                <ul class="dot-key">{key}</ul>
            </figcaption>
        </figure>
    }
}

/// (person, percent, lane) per assessed score: people with the same or
/// nearly the same score go in separate lanes so no dot hides another.
fn lanes(scores: &[Option<u32>]) -> Vec<(usize, u32, usize)> {
    let mut placed: Vec<(usize, u32, usize)> = Vec::new();
    for (person, score) in scores.iter().enumerate() {
        let Some(percent) = *score else { continue };
        let lane = (0..)
            .find(|lane| {
                !placed
                    .iter()
                    .any(|&(_, p, l)| l == *lane && p.abs_diff(percent) < 8)
            })
            .unwrap_or(0);
        placed.push((person, percent, lane));
    }
    placed
}

/// The chart's figures as a table: a row per factor, a column per person,
/// then the median and spread.
#[component]
pub fn FigureTable(together: Together) -> impl IntoView {
    let content = together.content();
    move || {
        let labels = together.group.with(|g| g.display_labels());
        let head = labels
            .iter()
            .map(|label| view! { <th scope="col">{label.clone()}</th> })
            .collect_view();
        let body = together.result.with(|result| {
            result
                .factors
                .iter()
                .map(|factor| {
                    let name = content.factors.get(factor.factor).map(|f| f.name.clone()).unwrap_or_default();
                    let cells = factor
                        .people
                        .iter()
                        .map(|rating| {
                            let text = rating.map_or("not answered".to_string(), |r| format!("{}% ({})", r.percent, content.levels.get(r.level)));
                            view! { <td>{text}</td> }
                        })
                        .collect_view();
                    let median = factor.median.map_or("–".to_string(), |m| format!("{m}%"));
                    let spread = factor.spread.map_or("–".to_string(), |s| format!("{s} points"));
                    view! { <tr><th scope="row">{name}</th>{cells}<td>{median}</td><td>{spread}</td></tr> }
                })
                .collect_view()
        });
        view! {
            <div class="table-scroll" role="region" aria-labelledby="figures-caption" tabindex="0">
                <table class="figures">
                    <caption id="figures-caption">"Readiness by factor: each person’s score, the median and the spread"</caption>
                    <thead><tr><th scope="col">"Factor"</th>{head}<th scope="col">"Median"</th><th scope="col">"Spread"</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    }
}
