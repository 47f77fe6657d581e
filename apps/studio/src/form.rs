//! One community's form: every field of the schema, with the schema's help
//! text, and the directory's rules shown on each field as you type, listed
//! in an error summary at the top that links to each field (the GOV.UK
//! error summary pattern). Duplicate, archive, delete and "Mark reviewed
//! today" act on the community shown.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::state::Studio;
use cop_navigator::web::focus;
use domain::directory::{Choice, Format, Kind, Status};
use domain::studio::{FieldInfo, meetings};

/// Fields whose text may run to several lines.
const LONG: [&str; 5] = ["summary", "audience", "join", "source", "cadence"];

#[component]
pub fn Form(studio: Studio, index: usize) -> impl IntoView {
    let fields = studio.fields();
    let touched: RwSignal<HashSet<&'static str>> = RwSignal::new(HashSet::new());
    let problems = Memo::new(move |_| {
        studio
            .checks
            .with(|c| c.get(index).cloned().unwrap_or_default())
    });
    // A part of the meeting times counts as touched with the whole field.
    let visible = move |key: &str| {
        let field = key.split('.').next().unwrap_or(key);
        studio.show_all.get()
            || studio.new_draft.get() != Some(index)
            || touched.with(|t| t.contains(field))
    };
    let shown_problems = {
        Memo::new(move |_| {
            problems
                .get()
                .into_iter()
                .filter(|(key, _)| visible(key))
                .map(|(key, message)| {
                    let label = studio.label_of(&key);
                    (key, label, message)
                })
                .collect::<Vec<_>>()
        })
    };
    let label = move || studio.label(index);
    let status = move || {
        studio
            .draft(index)
            .map(|d| d.get("status").to_string())
            .unwrap_or_default()
    };
    let reviewed_today = move |_| {
        let today = studio.today.to_string();
        studio.edit(index, "last_reviewed", today);
        studio
            .status
            .set(Some(format!("Marked “{}” reviewed today.", label())));
    };
    let duplicate = move |_| {
        if let Some(copy) = studio.change(|work| work.duplicate(index)).flatten() {
            studio.selected.set(Some(copy));
            studio.status.set(Some(
                "Made a copy: give it its own name and id.".to_string(),
            ));
            focus::reveal_later("form-heading".to_string());
        }
    };
    let archive = move |_| {
        let next = if status() == "archived" {
            "active"
        } else {
            "archived"
        };
        studio.edit(index, "status", next.to_string());
    };
    let delete = move |_| {
        if let Some(deleted) = studio.change(|work| work.delete(index)).flatten() {
            studio.deleted.set(Some(deleted));
            studio.selected.set(None);
            focus::reveal_later("edit-heading".to_string());
        }
    };
    let inputs = fields
        .iter()
        .map(|field| {
            let key = field.key;
            let problem = Signal::derive(move || {
                problems.with(|p| p.iter().find(|(k, _)| k == key).map(|(_, m)| m.clone())).filter(|_| visible(key))
            });
            if key == "meetings" {
                let parts = Signal::derive(move || {
                    problems.with(|p| p.iter().filter(|(k, _)| k.starts_with("meetings.")).cloned().collect::<Vec<_>>()).into_iter().filter(|(k, _)| visible(k)).collect::<Vec<_>>()
                });
                return view! { <MeetingsInput studio=studio index=index field=field.clone() problem=problem parts=parts touched=touched/> }.into_any();
            }
            view! { <FieldInput studio=studio index=index field=field.clone() problem=problem touched=touched/> }.into_any()
        })
        .collect_view();
    view! {
        <section class="community-form" aria-labelledby="form-heading">
            <h3 id="form-heading" tabindex="-1">{label}</h3>
            <p class="actions">
                <button type="button" class="button secondary" on:click=reviewed_today>"Mark reviewed today"</button>
                <button type="button" class="button secondary" on:click=duplicate>"Duplicate"</button>
                <button type="button" class="button secondary" on:click=archive>{move || if status() == "archived" { "Make active again" } else { "Archive" }}</button>
                <button type="button" class="button secondary danger" on:click=delete>"Delete"</button>
            </p>
            {move || {
                let shown = shown_problems.get();
                (!shown.is_empty()).then(|| view! {
                    <div class="error-summary" id="form-problems" aria-labelledby="form-problems-heading">
                        <h4 id="form-problems-heading">{if shown.len() == 1 { "There is a problem".to_string() } else { format!("There are {} problems", shown.len()) }}</h4>
                        <ul>
                            {shown.into_iter().map(|(key, label, message)| {
                                let target = format!("field-{key}");
                                let go = {
                                    let target = target.clone();
                                    move |ev: leptos::ev::MouseEvent| {
                                        ev.prevent_default();
                                        focus::focus_by_id(&target);
                                    }
                                };
                                view! { <li><a href=format!("#{target}") on:click=go>{format!("{label}: {message}")}</a></li> }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            {inputs}
        </section>
    }
}

/// A field's label, help, problem and input.
#[component]
fn FieldInput(
    studio: Studio,
    index: usize,
    field: FieldInfo,
    problem: Signal<Option<String>>,
    touched: RwSignal<HashSet<&'static str>>,
) -> impl IntoView {
    let key = field.key;
    let id = format!("field-{key}");
    let hint = format!("hint-{key}");
    let error = format!("error-{key}");
    let label = if field.required {
        field.label.clone()
    } else {
        format!("{} (optional)", field.label)
    };
    let value = move || {
        studio
            .draft(index)
            .map(|d| d.get(key).to_string())
            .unwrap_or_default()
    };
    let input = move |ev: leptos::ev::Event| {
        studio.edit(index, key, event_target_value(&ev));
    };
    let leave = move |_| {
        touched.update(|t| {
            t.insert(key);
        });
        // A new entry's id is made from its name, once a name is given.
        if key == "name" {
            studio.change(|work| {
                let taken = work.ids_except(Some(index));
                if let Some(draft) = work.drafts.get_mut(index) {
                    draft.fill_id(&taken);
                }
            });
        }
    };
    let described = {
        let (hint, error) = (hint.clone(), error.clone());
        move || match problem.get() {
            Some(_) => format!("{hint} {error}"),
            None => hint.clone(),
        }
    };
    let invalid = move || problem.with(Option::is_some).then_some("true");
    let help = match field.many {
        true => format!(
            "{} One a line.",
            field
                .help
                .trim_end_matches(", one a line.")
                .trim_end_matches(" one a line.")
        ),
        false => field.help.clone(),
    };
    let control = match choices(key) {
        Some(options) => {
            let known: Vec<&str> = options.iter().map(|(slug, _)| *slug).collect();
            view! {
                <select id=id.clone() aria-describedby=described aria-invalid=invalid on:change=move |ev| { input(ev); touched.update(|t| { t.insert(key); }); }>
                    <option value="" selected=move || value().is_empty()>{if field.required { "Choose one" } else { "Not given" }}</option>
                    {move || {
                        let current = value();
                        (!current.is_empty() && !known.iter().any(|k| *k == current)).then(|| view! {
                            <option value=current.clone() selected=true>{format!("{current} (not allowed: choose another)")}</option>
                        })
                    }}
                    {options.into_iter().map(|(slug, text)| view! { <option value=slug selected=move || value() == slug>{text}</option> }).collect_view()}
                </select>
            }
            .into_any()
        }
        None if field.many || LONG.contains(&key) => view! {
            <textarea id=id.clone() rows=if field.many { 3 } else { 4 } aria-describedby=described aria-invalid=invalid prop:value=value on:input=input on:blur=leave></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id.clone() type="text" spellcheck=if key.ends_with("_url") || key == "id" || key == "contact_email" { "false" } else { "true" } aria-describedby=described aria-invalid=invalid prop:value=value on:input=input on:blur=leave/>
        }
        .into_any(),
    };
    view! {
        <div class="field" class:has-error=move || problem.with(Option::is_some)>
            <label for=id>{label}</label>
            <p class="hint" id=hint>{help}</p>
            {move || problem.get().map(|message| view! {
                <p class="error-message" id=error.clone()><span class="visually-hidden">"Error: "</span>{message}</p>
            })}
            {control}
        </div>
    }
}

/// The meeting times, part by part (a schedule is optional: leaving every
/// part empty gives none).
#[component]
fn MeetingsInput(
    studio: Studio,
    index: usize,
    field: FieldInfo,
    problem: Signal<Option<String>>,
    parts: Signal<Vec<(String, String)>>,
    touched: RwSignal<HashSet<&'static str>>,
) -> impl IntoView {
    let cell = move || {
        studio
            .draft(index)
            .map(|d| d.get("meetings").to_string())
            .unwrap_or_default()
    };
    let inputs = studio
        .meeting_parts()
        .iter()
        .map(|part| {
            let key = part.key;
            let full = format!("meetings.{key}");
            let id = format!("field-{full}");
            let hint = format!("hint-{full}");
            let error = format!("error-{full}");
            let message = {
                let full = full.clone();
                move || parts.with(|p| p.iter().find(|(k, _)| *k == full).map(|(_, m)| m.clone()))
            };
            let value = move || meetings::part(&cell(), key);
            let set = move |ev: leptos::ev::Event| {
                let text = meetings::with_part(&cell(), key, &event_target_value(&ev));
                studio.edit(index, "meetings", text);
            };
            let leave = move |_| touched.update(|t| { t.insert("meetings"); });
            let described = {
                let (hint, error, message) = (hint.clone(), error.clone(), message.clone());
                move || if message().is_some() { format!("{hint} {error}") } else { hint.clone() }
            };
            let invalid = { let message = message.clone(); move || message().is_some().then_some("true") };
            let control = if part.choices.is_empty() {
                view! { <input id=id.clone() type="text" aria-describedby=described aria-invalid=invalid prop:value=value on:input=set on:blur=leave/> }.into_any()
            } else {
                let choices = part.choices.clone();
                view! {
                    <select id=id.clone() aria-describedby=described aria-invalid=invalid on:change=move |ev| { set(ev); touched.update(|t| { t.insert("meetings"); }); }>
                        <option value="" selected=move || value().is_empty()>"Not given"</option>
                        {choices.into_iter().map(|choice| { let shown = choice.clone(); view! { <option value=choice.clone() selected=move || value() == choice>{shown}</option> } }).collect_view()}
                    </select>
                }.into_any()
            };
            let has_error = { let message = message.clone(); move || message().is_some() };
            view! {
                <div class="field" class:has-error=has_error>
                    <label for=id>{part.label.clone()}</label>
                    <p class="hint" id=hint>{part.help.clone()}</p>
                    {move || message().map(|m| view! { <p class="error-message" id=error.clone()><span class="visually-hidden">"Error: "</span>{m}</p> })}
                    {control}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field meetings" id="field-meetings" tabindex="-1" aria-describedby="hint-meetings">
            <legend>{format!("{} (optional)", field.label)}</legend>
            <p class="hint" id="hint-meetings">{field.help.clone()}</p>
            {move || problem.get().map(|m| view! { <p class="error-message" id="error-meetings"><span class="visually-hidden">"Error: "</span>{m}</p> })}
            {inputs}
        </fieldset>
    }
}

/// The values a choice field allows, with their labels.
fn choices(key: &str) -> Option<Vec<(&'static str, &'static str)>> {
    fn of<T: Choice>() -> Vec<(&'static str, &'static str)> {
        T::ALL
            .iter()
            .map(|value| (value.slug(), value.label()))
            .collect()
    }
    match key {
        "kind" => Some(of::<Kind>()),
        "status" => Some(of::<Status>()),
        "format" => Some(of::<Format>()),
        _ => None,
    }
}
