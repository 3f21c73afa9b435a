//! Choosing a council: a list grouped by region, and a search by the name of
//! a council or a municipality (readers know their municipality).

use super::patch::fill;
use super::state::Ctx;
use crate::i18n::texts::Texts;
use crate::model::edition::{self, COUNCILS};
use crate::render::controls;
use leptos::prelude::*;

/// The council chooser.
#[component]
pub fn Chooser(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let not_found = RwSignal::new(false);
    let on_find = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        match edition::find_by_name(&v) {
            Some((id, muni)) => {
                not_found.set(false);
                c.choose(COUNCILS[id.0].id, muni);
            }
            None => not_found.set(!v.trim().is_empty()),
        }
    };
    let council = NodeRef::new();
    fill(council, move || controls::council_options(&c.page.with_untracked(|p| p.raad.clone())));
    let suggestions = NodeRef::new();
    fill(suggestions, controls::find_suggestions);
    view! {
        <div class="chooser" part="chooser">
            <div class="field">
                <label for="raad">{t.choose_council}</label>
                <select
                    id="raad"
                    node_ref=council
                    prop:value=move || c.raad()
                    on:change=move |ev| c.choose(&event_target_value(&ev), None)
                ></select>
            </div>
            <div class="field">
                <label for="find">{t.find}</label>
                <input
                    id="find"
                    type="search"
                    list="find-list"
                    autocomplete="off"
                    aria-describedby="find-hint find-msg"
                    on:change=on_find
                />
                <datalist id="find-list" node_ref=suggestions></datalist>
                <p id="find-hint" class="hint">{t.find_hint}</p>
                <p id="find-msg" class="hint warn" role="status">{move || not_found.get().then_some(t.find_none)}</p>
            </div>
        </div>
    }
}
