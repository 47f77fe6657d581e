//! A group of radio buttons shown as large choice buttons: which role,
//! which aspect, and the answers to "Which role fits me?". Native radios,
//! so arrow keys move between choices and screen readers say "1 of 4".

use leptos::prelude::*;

#[component]
pub fn Choices(
    /// The question the group answers (its `<legend>`).
    #[prop(into)]
    legend: String,
    /// The radio group's `name`, unique on the page.
    #[prop(into)]
    name: String,
    /// Each choice as (value, label).
    options: Vec<(String, String)>,
    /// The chosen option's index, if any.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    on_choose: Callback<usize>,
    /// Extra classes for the fieldset (and its look).
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let buttons = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, label))| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name.clone()
                        value=value
                        prop:checked=move || selected.get() == Some(index)
                        on:change=move |_| on_choose.run(index)
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class=format!("choice-group {class}")>
            <legend>{legend}</legend>
            {buttons}
        </fieldset>
    }
}
