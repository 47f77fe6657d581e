//! Step 2: where the group agrees and differs. Everything shown is the
//! domain's `GroupResult`; this lays it out.

use leptos::prelude::*;

use crate::dot_plot::{DotPlot, FigureTable};
use crate::state::Together;
use domain::assessment::{AssessmentFile, Level};

/// How many disagreements are shown before the rest are folded away.
const TALK_FIRST: usize = 5;

#[component]
pub fn Compare(together: Together) -> impl IntoView {
    let count = move || together.group.with(|g| g.members.len());
    view! {
        <section class="together-step" aria-labelledby="compare-heading">
            <h2 id="compare-heading">"2. Where you agree and differ"</h2>
            {move || if count() < 2 {
                view! { <p class="empty">"Add at least two people in step 1 to compare their answers."</p> }.into_any()
            } else {
                view! { <Comparison together=together/> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Comparison(together: Together) -> impl IntoView {
    let content = together.content();
    let notices = move || {
        together
            .result
            .with(|r| r.notices.clone())
            .into_iter()
            .map(|text| view! { <p class="notice" role="status">{text}</p> })
            .collect_view()
    };
    view! {
        {notices}
        <h3>"Readiness by factor"</h3>
        <p>"Each numbered dot is one person’s score for the factor (the key below says who is who); the triangle marks the group’s median. Further right is readier. The same figures are in the table after the chart."</p>
        <DotPlot together=together/>
        <FigureTable together=together/>
        <h3 id="talk-first">"Talk about these first"</h3>
        <Disagreements together=together content=content.clone()/>
        <h3>"Agreed strengths"</h3>
        <FactorList together=together strengths=true content=content.clone()/>
        <h3>"Agreed gaps"</h3>
        <FactorList together=together strengths=false content=content.clone()/>
        <h3>"Next steps for the group"</h3>
        <NextSteps together=together content=content/>
    }
}

/// Statements at least two levels apart, with who chose what.
#[component]
fn Disagreements(together: Together, content: std::sync::Arc<AssessmentFile>) -> impl IntoView {
    move || {
        let labels = together.group.with(|g| g.display_labels());
        let disagreements = together.result.with(|r| r.disagreements.clone());
        if disagreements.is_empty() {
            return view! { <p>"No statement has answers more than one level apart: you broadly agree. Talk first about the gaps below."</p> }.into_any();
        }
        let total = disagreements.len();
        let content = content.clone();
        let item = move |item: domain::assessment::Disagreement| {
            let text = content
                .statements()
                .find(|(_, s)| s.id == item.statement)
                .map(|(_, s)| s.text.clone())
                .unwrap_or_default();
            let factor = content
                .factors
                .get(item.factor)
                .map(|f| f.name.clone())
                .unwrap_or_default();
            let chosen = Level::ALL
                    .into_iter()
                    .filter(|level| !item.chosen.get(*level).is_empty())
                    .map(|level| {
                        let who: Vec<&str> = item.chosen.get(level).iter().filter_map(|&i| labels.get(i).map(String::as_str)).collect();
                        view! { <li><strong>{content.levels.get(level).clone()}</strong>": "{who.join(", ")}</li> }
                    })
                    .collect_view();
            view! {
                <li>
                    <p class="statement-text">{text}</p>
                    <p class="meta">{format!("{factor} · answers {} levels apart", item.spread)}</p>
                    <ul class="who-chose">{chosen}</ul>
                </li>
            }
        };
        // The widest first; the rest folded, so the list stays a short agenda.
        let mut first = disagreements;
        let rest = first.split_off(first.len().min(TALK_FIRST));
        let shown = first.into_iter().map(&item).collect_view();
        let rest = (!rest.is_empty()).then(|| {
            let summary = format!("{} more statements with answers two or more levels apart", rest.len());
            view! {
                <details class="more-disagreements">
                    <summary>{summary}</summary>
                    <ol class="disagreements" start=TALK_FIRST + 1>{rest.into_iter().map(&item).collect_view()}</ol>
                </details>
            }
        });
        view! {
            <p>{format!("{total} {} where your answers are two or more levels apart, widest first:", if total == 1 { "statement" } else { "statements" })}</p>
            <ol class="disagreements">{shown}</ol>
            {rest}
        }
        .into_any()
    }
}

#[component]
fn FactorList(
    together: Together,
    strengths: bool,
    content: std::sync::Arc<AssessmentFile>,
) -> impl IntoView {
    move || {
        let (factors, medians): (Vec<usize>, Vec<Option<u32>>) = together.result.with(|r| {
            let list = if strengths {
                r.agreed_strengths.clone()
            } else {
                r.agreed_gaps.clone()
            };
            let medians = list
                .iter()
                .map(|&f| r.factors.get(f).and_then(|g| g.median))
                .collect();
            (list, medians)
        });
        if factors.is_empty() {
            let none = if strengths {
                "None yet: no factor that everyone puts at “mostly” or above."
            } else {
                "None: no factor that everyone puts below “mostly”."
            };
            return view! { <p>{none}</p> }.into_any();
        }
        let items = factors
            .into_iter()
            .zip(medians)
            .map(|(factor, median)| {
                let name = content
                    .factors
                    .get(factor)
                    .map(|f| f.name.clone())
                    .unwrap_or_default();
                let median = median
                    .map(|m| format!(" (median {m}%)"))
                    .unwrap_or_default();
                view! { <li>{name}{median}</li> }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    }
}

/// The combined answers' gaps, each with its next step.
#[component]
fn NextSteps(together: Together, content: std::sync::Arc<AssessmentFile>) -> impl IntoView {
    move || {
        let steps = together.result.with(|r| r.next_steps.clone());
        if steps.is_empty() {
            return view! { <p>"No gaps in the group’s combined answers: every assessed factor is in place."</p> }.into_any();
        }
        let items = steps
            .into_iter()
            .map(|step| {
                let name = content.factors.get(step.factor).map(|f| f.name.clone()).unwrap_or_default();
                view! { <li><strong>{name}</strong>" ("{content.levels.get(step.level).clone()}"): "{step.text}</li> }
            })
            .collect_view();
        view! {
            <p>"From the group’s combined answers (for each statement, the middle answer; with an even number of people, the lower of the middle two):"</p>
            <ol class="next-steps">{items}</ol>
        }
        .into_any()
    }
}
