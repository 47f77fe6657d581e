//! The comparison of the four forms (Wenger & Snyder's table): alone at
//! `/guide?view=compare`, and on the result with the person's answers beside
//! it. One table: on narrow screens (and zoomed windows) the stylesheet
//! stacks it one dimension at a time.

use std::sync::Arc;

use leptos::prelude::*;

use super::sources::Sources;
use crate::components::page::PageHeading;
use crate::components::prose::Prose;
use crate::web::links::app_href;
use crate::web::url_state::UrlStateHandle;
use domain::guide::{GuideFile, GuideResult, GuideState, Step};

#[component]
pub fn CompareStep(guide: Arc<GuideFile>, url: UrlStateHandle<GuideState>) -> impl IntoView {
    // The comparison is the same for everyone: its links carry no answers.
    let start = url.path(&GuideState::new(&guide));
    let first = url.path(&GuideState::new(&guide).at(Step::Question(0)));
    view! {
        <p class="back-link-row"><a class="back-link" href=app_href(&start)>"Back to the guide"</a></p>
        <PageHeading title="Compare the four kinds of group"/>
        <div class="prose"><Prose blocks=guide.compare.intro.blocks.clone()/></div>
        <h2>"In a sentence"</h2>
        <FormSummaries guide=guide.clone()/>
        <section aria-labelledby="side-by-side">
            <h2 id="side-by-side">"Side by side"</h2>
            <ComparisonTable guide=guide.clone() result=None/>
        </section>
        <h2>"Reading the comparison"</h2>
        <div class="prose"><Prose blocks=guide.compare.notes.blocks.clone()/></div>
        <p class="start-link no-print"><a class="button" href=app_href(&first)>"Find out which fits your group"</a></p>
        <Sources guide=guide/>
    }
}

/// Each form in one plain sentence (our words, not the source's).
#[component]
pub fn FormSummaries(guide: Arc<GuideFile>) -> impl IntoView {
    view! {
        <dl class="form-summaries">
            {guide
                .forms
                .iter()
                .map(|form| view! { <div><dt>{form.name.clone()}</dt><dd>{form.summary.clone()}</dd></div> })
                .collect_view()}
        </dl>
    }
}

/// What a cell of the comparison says about the person's answers.
struct Marks {
    /// Per dimension: the labels of the options chosen.
    said: Vec<Vec<String>>,
    /// Per dimension and form: whether the form fits those answers best.
    closest: Vec<Vec<bool>>,
    /// Per form: "Your best fit" or "Close fit", if either.
    tag: Vec<Option<&'static str>>,
}

impl Marks {
    fn new(guide: &GuideFile, result: &GuideResult) -> Marks {
        let said = result
            .dimensions
            .iter()
            .map(|dimension| {
                dimension
                    .questions
                    .iter()
                    .filter_map(|&q| {
                        let option = result.explained.iter().find(|e| e.question == q)?.option;
                        Some(guide.questions[q].options.get(option)?.label.clone())
                    })
                    .collect()
            })
            .collect();
        let closest = result
            .dimensions
            .iter()
            .map(|d| {
                (0..guide.forms.len())
                    .map(|f| d.closest.contains(&f))
                    .collect()
            })
            .collect();
        let tag = (0..guide.forms.len())
            .map(|form| match result.contenders.as_slice() {
                [only] if *only == form => Some("Your best fit"),
                many if many.len() > 1 && many.contains(&form) => Some("Close fit"),
                _ => None,
            })
            .collect();
        Marks { said, closest, tag }
    }

    fn is_closest(&self, dimension: usize, form: usize) -> bool {
        self.closest
            .get(dimension)
            .and_then(|forms| forms.get(form))
            .copied()
            .unwrap_or(false)
    }
}

/// The table, with the person's answers and the closest forms marked in
/// words and an icon (never by colour alone) when `result` is given. On
/// narrow screens the stylesheet stacks it, one dimension per card, and each
/// cell shows its form's name (`.cell-form`) in place of the column header.
#[component]
pub fn ComparisonTable(guide: Arc<GuideFile>, result: Option<Arc<GuideResult>>) -> impl IntoView {
    let marks = result.map(|result| Marks::new(&guide, &result));
    let tag = |form: usize| {
        marks
            .as_ref()
            .and_then(|marks| marks.tag.get(form).copied().flatten())
            .map(|tag| view! { " " <span class="fit-tag">{tag}</span> })
    };
    let source = guide.source(&guide.compare.source).map(|source| {
        let year = source.year.as_ref().map(|y| format!(", {y}")).unwrap_or_default();
        let text = format!("{} ({}{year})", source.title, source.publisher);
        view! { <span class="table-source">"Source: " <a href=format!("#source-{}", source.id) rel="external">{text}</a></span> }
    });
    let head = guide
        .forms
        .iter()
        .enumerate()
        .map(|(f, form)| view! { <th scope="col">{form.name.clone()}{tag(f)}</th> })
        .collect_view();
    let rows = guide
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dimension)| {
            let said = marks.as_ref().map(|marks| {
                let mut words = marks.said.get(d).cloned().unwrap_or_default();
                if words.is_empty() {
                    words.push("nothing: you skipped the questions about this".to_string());
                }
                view! {
                    <div class="you-said">
                        <strong>"You said:"</strong>
                        <ul>{words.into_iter().map(|said| view! { <li>{said}</li> }).collect_view()}</ul>
                    </div>
                }
            });
            let cells = guide
                .forms
                .iter()
                .enumerate()
                .map(|(f, form)| {
                    let closest = marks.as_ref().is_some_and(|m| m.is_closest(d, f));
                    view! {
                        <td class:closest=closest>
                            <span class="cell-form">{form.name.clone()}{tag(f)}</span>
                            {closest.then(|| view! {
                                <span class="closest-badge">
                                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M2 8.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.5"/></svg>
                                    "Closest to your answers"
                                </span>
                            })}
                            {form.typical.get(&dimension.id).cloned()}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{dimension.question.clone()}{said}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="compare-table">
            <caption>{guide.compare.caption.clone()}{source}</caption>
            <thead><tr><th scope="col"><span class="visually-hidden">"Question"</span></th>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
