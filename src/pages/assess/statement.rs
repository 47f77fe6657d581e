//! One step of statements: each a group of four radio buttons (not yet …
//! in place) with what each level looks like, help links and a note.

use leptos::prelude::*;

use super::existing::ExistingMatches;
use super::progress::StepNav;
use super::{Assess, AssessUrl, StepButtons, StepHeading};
use crate::components::link::AppLink;
use crate::web::focus::focus_by_id;
use domain::assessment::{Level, MAX_NOTE, Statement, Step};

#[component]
pub fn SectionStep(state: Assess, url: AssessUrl, index: usize) -> impl IntoView {
    let content = state.content();
    let Some(section) = content.sections.get(index).cloned() else {
        return ().into_any();
    };
    let step = Step::Section(index);
    view! {
        <section class="assess-step" aria-labelledby="step-heading">
            <StepNav state=state step=step/>
            <StepHeading state=state step=step title=section.title.clone()/>
            {section.intro.clone().map(|intro| view! { <p class="step-intro">{intro}</p> })}
            // What the directory already has comes before the statements that ask about it.
            {section.show_matches.then(|| view! { <ExistingMatches state=state/> })}
            <p class="hint">"Choose how far each statement is true today. Skip any you cannot answer yet: unanswered statements are left out of your scores, not counted as “not yet”."</p>
            {section
                .statements
                .iter()
                .map(|statement| view! { <StatementField state=state statement=statement.clone()/> })
                .collect_view()}
            <StepButtons state=state url=url step=step/>
        </section>
    }
    .into_any()
}

#[component]
fn StatementField(state: Assess, statement: Statement) -> impl IntoView {
    let content = state.content();
    let id = statement.id.clone();
    let answers = state.answers;
    let options = Level::ALL
        .into_iter()
        .map(|level| {
            let input_id = format!("{id}-{}", level.id());
            let guidance_id = format!("{input_id}-guidance");
            let (checked_id, change_id) = (id.clone(), id.clone());
            view! {
                <div class="option">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        value=level.id()
                        aria-describedby=guidance_id.clone()
                        prop:checked=move || answers.with(|a| a.level(&checked_id) == Some(level))
                        on:change=move |_| answers.update(|a| a.set_level(&change_id, Some(level)))
                    />
                    <label for=input_id>{content.levels.get(level).clone()}</label>
                    <p class="guidance" id=guidance_id>{statement.guidance.get(level).clone()}</p>
                </div>
            }
        })
        .collect_view();
    let help = statement
        .help
        .iter()
        .enumerate()
        .map(|(n, link)| {
            let (href, label) = (link.href.clone(), link.label.clone());
            view! {
                {(n > 0).then_some(" · ")}
                <AppLink href=href>{label}</AppLink>
            }
        })
        .collect_view();
    let answered = {
        let id = id.clone();
        move || answers.with(|a| a.level(&id).is_some())
    };
    let clear = {
        let id = id.clone();
        move |_| {
            answers.update(|a| a.set_level(&id, None));
            // The button disappears: keep focus in this question.
            focus_by_id(&format!("{id}-{}", Level::NotYet.id()));
        }
    };
    let note_id = format!("{id}-note");
    let has_note = answers.with_untracked(|a| !a.note(&id).is_empty());
    let note = {
        let id = id.clone();
        move || answers.with(|a| a.note(&id).to_string())
    };
    let set_note = {
        let id = id.clone();
        move |ev| answers.update(|a| a.set_note(&id, &event_target_value(&ev)))
    };
    view! {
        <fieldset class="statement" id=format!("statement-{id}")>
            <legend>{statement.text.clone()}</legend>
            <div class="scale">{options}</div>
            <div class="statement-tools">
                <p class="help-links">"Read more: " {help}</p>
                {move || answered().then(|| view! { <button type="button" class="link-button no-print" on:click=clear.clone()>"Clear answer"</button> })}
            </div>
            <details class="note" open=has_note>
                <summary>"Note"</summary>
                <label for=note_id.clone()>{NOTE_LABEL}</label>
                // Named directly as well: IBM's checker computes no name from a
                // label inside a closed <details> (the textarea is hidden too).
                <textarea id=note_id aria-label=NOTE_LABEL rows="2" maxlength=MAX_NOTE prop:value=note on:input=set_note></textarea>
            </details>
        </fieldset>
    }
}

const NOTE_LABEL: &str = "Your note on this statement (optional)";
