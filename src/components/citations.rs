//! Numbered citations and the sources list they point to, for any view that
//! shows cited prose (the toolkit, the roles).
//!
//! The router would treat a `#source-x` link as a navigation, so following a
//! citation is handled here: the page scrolls to the source and focuses it,
//! remembering the citation; the source's "Back to text" returns to it.
//!
//! Every citation on the page is counted while it is shown, so a sources
//! list holds only the sources cited in what is on screen (the toolkit, a
//! full reference list, holds every source), and a "Back to text" button is
//! offered only where there is a citation to go back to.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::web::focus::{is_plain_click, reveal, reveal_element};
use domain::sources::Source;

#[derive(Clone)]
pub struct Citations {
    /// Source id → (number shown, title for the tooltip).
    numbers: Arc<HashMap<String, (usize, String)>>,
    /// Gives each rendered citation a unique element id.
    next_ref: StoredValue<usize>,
    /// The element id of the citation last followed.
    origin: StoredValue<Option<String>>,
    /// How many citations of each source (by number − 1) are on the page now.
    shown: RwSignal<Vec<u32>>,
}

impl Citations {
    /// Provides numbering for `sources` (already in citation order) to the
    /// rich text rendered below the current owner.
    pub fn provide(sources: &[&Source]) -> Citations {
        let numbers = sources
            .iter()
            .enumerate()
            .map(|(index, source)| (source.id.clone(), (index + 1, source.title.clone())))
            .collect();
        let citations = Citations {
            numbers: Arc::new(numbers),
            next_ref: StoredValue::new(0),
            origin: StoredValue::new(None),
            shown: RwSignal::new(vec![0; sources.len()]),
        };
        provide_context(citations.clone());
        citations
    }

    /// The superscript link for one citation of source `id`.
    pub fn link(&self, id: String) -> AnyView {
        let Some((number, title)) = self.numbers.get(&id).cloned() else {
            // Validation guarantees every citation resolves; show it plainly if not.
            return view! { <sup class="cite">{format!("[{id}]")}</sup> }.into_any();
        };
        let ref_id = self.next_ref.try_update_value(|n| {
            *n += 1;
            format!("cite-ref-{n}")
        });
        let ref_id = ref_id.unwrap_or_default();
        let shown = self.shown;
        let count = move |change: fn(u32) -> u32| {
            shown.try_update(|shown| {
                if let Some(count) = shown.get_mut(number - 1) {
                    *count = change(*count);
                }
            });
        };
        count(|n| n + 1);
        on_cleanup(move || count(|n| n.saturating_sub(1)));
        let origin = self.origin;
        let target = format!("source-{id}");
        let click = {
            let ref_id = ref_id.clone();
            let target = target.clone();
            move |event: leptos::ev::MouseEvent| {
                if is_plain_click(&event) {
                    event.prevent_default();
                    origin.set_value(Some(ref_id.clone()));
                    reveal(&target);
                }
            }
        };
        view! {
            <sup class="cite">
                <a id=ref_id href=format!("#{target}") data-cite=id title=title on:click=click>
                    "[" <span class="visually-hidden">"source "</span> {number} "]"
                </a>
            </sup>
        }
        .into_any()
    }

    /// Whether a citation of source `id` is on the page (reactive).
    pub fn is_cited(&self, id: &str) -> bool {
        let index = self
            .numbers
            .get(id)
            .map_or(usize::MAX, |(number, _)| number - 1);
        self.shown
            .with(|shown| shown.get(index).is_some_and(|count| *count > 0))
    }

    /// Whether any citation is on the page (reactive).
    pub fn any_cited(&self) -> bool {
        self.shown
            .with(|shown| shown.iter().any(|count| *count > 0))
    }

    /// Returns to the citation last followed to source `id`, or else to the
    /// first citation of it on the page.
    pub fn back(&self, id: &str) {
        let document = document();
        let remembered = self
            .origin
            .get_value()
            .and_then(|origin| document.get_element_by_id(&origin))
            .filter(|element| element.get_attribute("data-cite").as_deref() == Some(id));
        let first = || {
            document
                .query_selector(&format!("a[data-cite=\"{id}\"]"))
                .ok()
                .flatten()
        };
        if let Some(element) = remembered.or_else(first) {
            reveal_element(&element);
        }
    }
}

/// The numbered sources list: the sources cited on the page, each with a
/// "Back to text" button (numbers stay those of the citations). With `all`
/// (the toolkit's reference list), every source, and "Back to text" only
/// where a citation is on the page. `cited_in` (optional, one entry per
/// source): links back to the parts of the page that cite it.
#[component]
pub fn SourcesList(
    citations: Citations,
    sources: Vec<Source>,
    #[prop(optional)] cited_in: Vec<AnyView>,
    #[prop(optional)] all: bool,
) -> impl IntoView {
    let mut cited_in = cited_in.into_iter();
    sources
        .into_iter()
        .enumerate()
        .map(|(index, source)| {
            let id = source.id.clone();
            let cited = {
                let (citations, id) = (citations.clone(), id.clone());
                move || citations.is_cited(&id)
            };
            let listed = cited.clone();
            let citations = citations.clone();
            let back = move |_| citations.back(&id);
            let title = match source.url {
                Some(url) => view! {
                    <a href=url rel="noopener" target="_blank">
                        <cite>{source.title}</cite>
                        <span class="visually-hidden">" (opens in a new tab)"</span>
                    </a>
                }
                .into_any(),
                None => view! { <cite>{source.title}</cite> }.into_any(),
            };
            view! {
                <li id=format!("source-{}", source.id) tabindex="-1" value=index + 1 hidden=move || !all && !listed()>
                    {title}
                    {format!(". {}", source.publisher)}
                    {source.year.map(|year| format!(", {year}"))}
                    "."
                    {cited_in.next()}
                    " "
                    <button type="button" class="back-to-text no-print" on:click=back hidden=move || !cited()>
                        "Back to text"
                        <span class="visually-hidden">{format!(" citing source {}", index + 1)}</span>
                    </button>
                </li>
            }
        })
        .collect_view()
}
