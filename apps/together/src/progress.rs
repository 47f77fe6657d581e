//! Step 3: progress since an earlier result. The earlier file (one person's
//! saved answers or a saved group) is scored against today's content, like
//! the group now, and each factor is shown then → now with the dates.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::state::{Together, people};
use cop_navigator::web::clock;
use cop_navigator::web::file_input::take_chosen_file;
use domain::assessment::{Group, GroupResult, progress, read_file};
use domain::content::MAX_FILE_BYTES;
use domain::date::Date;

/// The earlier result as loaded: its people and when it was saved.
#[derive(Clone)]
struct Earlier {
    name: String,
    group: Group,
    saved_on: Option<Date>,
}

#[component]
pub fn ProgressSection(together: Together) -> impl IntoView {
    let earlier = RwSignal::new(None::<Earlier>);
    let problem = RwSignal::new(None::<String>);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as u64 {
            problem.set(Some(format!("{name} is too large to be a saved result. Choose the .json file saved from the self-assessment or from this page.")));
            return;
        }
        spawn_local(async move {
            let read = match file.bytes().await {
                Some(bytes) => read_file(&name, &bytes),
                None => Err(format!(
                    "{name} could not be read by the browser. Try choosing it again."
                )),
            };
            match read {
                Ok(loaded) => {
                    let group = Group {
                        members: loaded
                            .people
                            .into_iter()
                            .map(|person| person.member)
                            .collect(),
                    };
                    together.say(format!(
                        "Loaded the earlier result in {name} ({}).",
                        people(group.members.len())
                    ));
                    problem.set(None);
                    earlier.set(Some(Earlier {
                        name,
                        group,
                        saved_on: loaded.saved_on,
                    }));
                }
                Err(message) => {
                    together.say(message.clone());
                    problem.set(Some(message));
                }
            }
        });
    };
    view! {
        <section class="together-step" aria-labelledby="progress-heading">
            <h2 id="progress-heading">"3. Progress since an earlier result"</h2>
            <p>"Load a result saved earlier, yours or the group’s, to see each factor then and now. Now is the group in step 1 (or the one person in it)."</p>
            <div class="field">
                <label for="earlier-file">"Earlier result"</label>
                <p class="hint" id="earlier-file-hint">"A file saved from the self-assessment, or a group saved on this page."</p>
                <input id="earlier-file" type="file" accept=".json,application/json" aria-describedby="earlier-file-hint" on:change=on_change/>
            </div>
            {move || problem.get().map(|text| view! { <p class="error-text" role="alert">{text}</p> })}
            {move || earlier.get().map(|earlier| view! { <ThenNow together=together earlier=earlier/> })}
        </section>
    }
}

#[component]
fn ThenNow(together: Together, earlier: Earlier) -> impl IntoView {
    let content = together.content();
    let then = GroupResult::of(&content, &earlier.group);
    let date = |date: Option<Date>| date.map_or("date not recorded".to_string(), Date::long);
    let then_heading = format!("Then ({})", date(earlier.saved_on));
    move || {
        if together.group.with(|g| g.members.is_empty()) {
            return view! { <p class="empty">{format!("Loaded {}. Add people in step 1 to compare it with now.", earlier.name)}</p> }.into_any();
        }
        let today = clock::today();
        let now = together.result.get();
        let changes = progress(&content, &then, earlier.saved_on, &now, today);
        let rows = changes
            .factors
            .iter()
            .map(|change| {
                let name = content.factors.get(change.factor).map(|f| f.name.clone()).unwrap_or_default();
                let figure = |value: Option<u32>| value.map_or("not assessed".to_string(), |v| format!("{v}%"));
                view! { <tr><th scope="row">{name}</th><td>{figure(change.then)}</td><td>{figure(change.now)}</td><td>{change.text()}</td></tr> }
            })
            .collect_view();
        view! {
            <div class="table-scroll" role="region" aria-labelledby="progress-caption" tabindex="0">
                <table class="figures progress">
                    <caption id="progress-caption">{format!("Each factor then and now: {} compared with the group today (median score for several people)", earlier.name)}</caption>
                    <thead><tr><th scope="col">"Factor"</th><th scope="col">{then_heading.clone()}</th><th scope="col">{format!("Now ({})", date(today))}</th><th scope="col">"Change"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
