//! Scores by factor: SVG bars with the values written beside them, an
//! accessible name that lists every value, and the same data as a table.

use leptos::prelude::*;

use super::Assess;

/// Height of one factor's row (label line and bar), in pixels.
const ROW: usize = 46;

#[component]
pub fn FactorChart(state: Assess) -> impl IntoView {
    let table_shown = RwSignal::new(false);
    let chart = move || {
        let content = state.content();
        let outcome = state.outcome.get();
        let height = outcome.factors.len() * ROW + 4;
        let mut summary = Vec::new();
        let rows = outcome
            .factors
            .iter()
            .enumerate()
            .map(|(row, score)| {
                let factor = &content.factors[score.factor];
                let y = row * ROW;
                let value = score
                    .rating
                    .map_or("not rated".to_string(), |r| format!("{}%", r.percent));
                summary.push(format!("{}: {value}", factor.name));
                let bar = score.rating.map(|rating| {
                    view! { <rect class="bar" x="0" y=y + 22 width=format!("{}%", rating.percent) height="16" rx="3"/> }
                });
                view! {
                    <text class="label" x="0" y=y + 15>{format!("{}: {value}", factor.name)}</text>
                    <rect class="track" x="0" y=y + 22 width="100%" height="16" rx="3"/>
                    {bar}
                }
            })
            .collect_view();
        let thresholds = content
            .bands
            .iter()
            .skip(1)
            .map(|band| {
                let x = format!("{}%", band.min_percent);
                view! { <line class="threshold" x1=x.clone() x2=x y1="18" y2=height/> }
            })
            .collect_view();
        let label = format!("Bar chart of readiness by factor. {}.", summary.join("; "));
        view! {
            <svg class="bars" width="100%" height=height role="img" aria-label=label>
                {rows}
                {thresholds}
            </svg>
        }
    };
    let key = move || {
        let content = state.content();
        let starts: Vec<String> = content
            .bands
            .iter()
            .skip(1)
            .map(|band| format!("{} at {}%", band.label, band.min_percent))
            .collect();
        format!(
            "Dashed lines mark where the readiness bands start: {}.",
            starts.join(", ")
        )
    };
    view! {
        <figure class="chart" aria-labelledby="chart-caption">
            <figcaption id="chart-caption"><h3>"Readiness by factor"</h3></figcaption>
            {chart}
            <p class="chart-key">{key}</p>
            <button
                type="button"
                class="link-button no-print"
                aria-expanded=move || table_shown.get().to_string()
                aria-controls="factor-table"
                on:click=move |_| table_shown.update(|shown| *shown = !*shown)
            >
                {move || if table_shown.get() { "Hide the table" } else { "Show the chart as a table" }}
            </button>
            <div class="table-scroll" id="factor-table" hidden=move || !table_shown.get() tabindex="0" role="region" aria-label="Scores by factor, as a table">
                <FactorTable state=state/>
            </div>
        </figure>
    }
}

#[component]
fn FactorTable(state: Assess) -> impl IntoView {
    move || {
        let content = state.content();
        let outcome = state.outcome.get();
        let rows = outcome
            .factors
            .iter()
            .map(|score| {
                let factor = &content.factors[score.factor];
                // Level and score, said once: a factor has no band of its own.
                let (level, percent) = match score.rating {
                    Some(rating) => (
                        content.levels.get(rating.level).clone(),
                        format!("{}%", rating.percent),
                    ),
                    None => ("Not answered".into(), "–".into()),
                };
                view! {
                    <tr>
                        <th scope="row">{factor.name.clone()}</th>
                        <td>{level}</td>
                        <td>{percent}</td>
                        <td>{format!("{} of {}", score.answered, score.total)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="factor-table">
                <caption>"Scores by factor"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Factor"</th>
                        <th scope="col">"Level"</th>
                        <th scope="col">"Score"</th>
                        <th scope="col">"Statements answered"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
