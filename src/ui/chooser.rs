//! Choosing a council: a list grouped by region, and a search by the name of
//! a council or a municipality (readers know their municipality).

use super::state::ctx;
use crate::i18n::texts::texts;
use crate::model::edition::{self, RegionId, COUNCILS, MUNICIPALITIES, REGIONS};
use leptos::prelude::*;

/// The council chooser.
#[component]
pub fn Chooser() -> impl IntoView {
    let c = ctx();
    let t = move || texts(c.lang.get());
    let find_msg = RwSignal::new(false);
    let groups = REGIONS
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let options = edition::councils_of(RegionId(i))
                .map(|(_, council)| {
                    let id = council.id;
                    view! {
                        <option value=id selected=move || c.inputs.raad.with(|r| r == id)>
                            {council.name}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=r.name>{options}</optgroup> }
        })
        .collect_view();
    let names = COUNCILS
        .iter()
        .map(|c| c.name)
        .chain(MUNICIPALITIES.iter().filter(|m| !COUNCILS.iter().any(|c| c.name == m.name)).map(|m| m.name))
        .map(|n| view! { <option value=n></option> })
        .collect_view();
    let on_find = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        match edition::find_by_name(&v) {
            Some((id, muni)) => {
                find_msg.set(false);
                c.inputs.raad.set(COUNCILS[id.0].id.to_string());
                c.municipality.set(muni);
            }
            None => find_msg.set(!v.trim().is_empty()),
        }
    };
    view! {
        <div class="chooser">
            <div class="field">
                <label for="raad">{move || t().choose_council}</label>
                <select
                    id="raad"
                    on:change=move |ev| {
                        c.inputs.raad.set(event_target_value(&ev));
                        c.municipality.set(None);
                    }
                >
                    {groups}
                </select>
            </div>
            <div class="field">
                <label for="find">{move || t().find}</label>
                <input
                    id="find"
                    type="search"
                    list="find-list"
                    autocomplete="off"
                    aria-describedby="find-hint find-msg"
                    on:change=on_find
                />
                <datalist id="find-list">{names}</datalist>
                <p id="find-hint" class="hint">{move || t().find_hint}</p>
                <p id="find-msg" class="hint warn" role="status">
                    {move || find_msg.get().then(|| t().find_none)}
                </p>
            </div>
        </div>
    }
}

