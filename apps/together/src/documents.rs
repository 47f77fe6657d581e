//! Step 4: starter documents drafted from the answers (the group's combined
//! answers, or the one person's) and, when given, the guide's result: a
//! charter, a sponsor brief and a first-meeting agenda. The wording is
//! starter.json's; `domain::starter` fills it in. Each can be copied,
//! downloaded as Markdown or printed on its own.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::Together;
use cop_navigator::components::content_view::with_content;
use cop_navigator::web::clipboard::{clipboard_available, copy_text};
use cop_navigator::web::clock;
use cop_navigator::web::content::ContentStore;
use cop_navigator::web::download::save_text;
use cop_navigator::web::print::print_only;
use domain::guide::GuideFile;
use domain::roles::RolesFile;
use domain::starter::{
    Block, Document, StarterFile, StarterInput, assemble, file_name, guide_context, to_markdown,
};

#[component]
pub fn Documents(together: Together) -> impl IntoView {
    view! {
        <section class="together-step documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">"4. Starter documents"</h2>
            {with_content::<StarterFile, _>(move |starter| {
                with_content::<RolesFile, _>(move |roles| view! { <Drafts together=together starter=starter.clone() roles=roles/> })
            })}
        </section>
    }
}

#[component]
fn Drafts(together: Together, starter: Arc<StarterFile>, roles: Arc<RolesFile>) -> impl IntoView {
    let guide = GuideLink::new();
    let documents = Memo::new(move |_| {
        let content = together.content();
        let people = together.group.with(|g| g.members.len());
        if people == 0 {
            return Vec::new();
        }
        let Some(today) = clock::today() else {
            return Vec::new();
        };
        together.result.with(|result| {
            assemble(
                &starter,
                &StarterInput {
                    assessment: &content,
                    roles: &roles,
                    answers: &result.combined,
                    outcome: &result.outcome,
                    people,
                    guide: guide.context.get().and_then(Result::ok),
                    today,
                },
            )
        })
    });
    let community = move || together.result.with(|r| r.combined.name().to_string());
    view! {
        <p>"Drafts to edit together: filled in from the answers (the group’s combined answers when there are several people). Where the answers do not say, the draft shows what is still to agree, in square brackets."</p>
        <GuideField guide=guide/>
        {move || {
            let documents = documents.get();
            if documents.is_empty() {
                return view! { <p class="empty">"Add at least one person’s answers in step 1 to draft the documents."</p> }.into_any();
            }
            documents
                .into_iter()
                .map(|document| view! { <DocumentView together=together document=document community=community()/> })
                .collect_view()
                .into_any()
        }}
    }
}

/// The guide's result, from a link the person pastes (optional): its words
/// and result go into the documents. guide.json is read only when a link
/// is given.
#[derive(Clone, Copy)]
struct GuideLink {
    link: RwSignal<String>,
    context: Memo<Option<Result<domain::starter::GuideContext, String>>>,
}

impl GuideLink {
    fn new() -> GuideLink {
        let store = expect_context::<ContentStore>();
        let link = RwSignal::new(String::new());
        let used = RwSignal::new(String::new());
        let guide_file = RwSignal::new(None);
        let context = Memo::new(move |_| {
            let used = used.get();
            if used.trim().is_empty() {
                return None;
            }
            let file = guide_file.get().and_then(
                |resource: cop_navigator::web::content::ContentResource<GuideFile>| resource.get(),
            )?;
            Some(match file {
                Ok(guide) => guide_context(&guide, &used),
                Err(error) => Err(error.advice().to_string()),
            })
        });
        // Reading the link starts guide.json's download the first time.
        Effect::new(move || {
            if !link.get().trim().is_empty() && guide_file.with_untracked(Option::is_none) {
                guide_file.set(Some(store.resource::<GuideFile>()));
            }
            used.set(link.get());
        });
        GuideLink { link, context }
    }
}

#[component]
fn GuideField(guide: GuideLink) -> impl IntoView {
    view! {
        <div class="field">
            <label for="guide-link">"Your guide result link (optional)"</label>
            <p class="hint" id="guide-link-hint">"If you used “Which kind of group?”, paste the link to your result (“Copy link” on the result page): the documents then quote its result and your words."</p>
            <input id="guide-link" type="text" autocomplete="off" aria-describedby="guide-link-hint" prop:value=move || guide.link.get() on:change=move |ev| guide.link.set(event_target_value(&ev))/>
            {move || guide.context.get().map(|context| match context {
                Ok(context) => view! { <p class="meta" role="status">{format!("Using the guide’s result: {}.", context.result)}</p> }.into_any(),
                Err(problem) => view! { <p class="error-text" role="alert">{problem}</p> }.into_any(),
            })}
        </div>
    }
}

#[component]
fn DocumentView(together: Together, document: Document, community: String) -> impl IntoView {
    let id = format!("doc-{}", document.id);
    let heading_id = format!("{id}-heading");
    let markdown = to_markdown(&document);
    let name = file_name(&document, &community);
    let download = {
        let (markdown, name) = (markdown.clone(), name.clone());
        move |_| {
            if save_text(&name, "text/markdown", &markdown) {
                together.say(format!("Downloaded {name}."));
            } else {
                together.say("Your browser did not allow the download. Copy the text instead.");
            }
        }
    };
    let copy = move |_| {
        let markdown = markdown.clone();
        if !clipboard_available() {
            together.say("This browser does not allow copying here: download the Markdown file instead, or select the text and copy it.");
            return;
        }
        spawn_local(async move {
            let copied = copy_text(&markdown).await;
            together.say(if copied { "Copied the document as Markdown." } else { "The browser refused to copy: download the Markdown file instead, or select the text and copy it." });
        });
    };
    let print_id = id.clone();
    // Three documents, three sets of buttons: each name says which document.
    let title = document.title.clone();
    let which = move || view! { <span class="visually-hidden">{format!(" {title}")}</span> };
    view! {
        <article class="starter-doc" id=id aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{document.title.clone()}</h3>
            <p class="doc-actions no-print">
                <button type="button" class="button secondary" on:click=copy>"Copy"{which()}</button>
                <button type="button" class="button secondary" on:click=download>"Download"{which()}" (Markdown)"</button>
                <button type="button" class="button secondary" on:click=move |_| print_only(&print_id)>"Print"{which()}</button>
            </p>
            <div class="doc-body">{document.blocks.clone().into_iter().map(block).collect_view()}</div>
        </article>
    }
}

fn block(block: Block) -> AnyView {
    match block {
        Block::Heading(text) => view! { <h4>{text}</h4> }.into_any(),
        Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
        Block::List(items) => view! { <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul> }.into_any(),
    }
}
