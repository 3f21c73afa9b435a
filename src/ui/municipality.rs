//! A municipality's view: its votes and vote share; optionally a population
//! the reader types, to see whether it would have 1 or 2 votes, how the
//! council's seats change, and a per-capita illustration of the envelope.
//! Also the populations a rule needs ([`PopulationsNeeded`]).

use super::patch::{fill, follow};
use super::state::Ctx;
use crate::i18n::texts::Texts;
use crate::model::edition::{self, MUNICIPALITIES};
use crate::model::error::ModelError;
use crate::render;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The municipality section.
#[component]
pub fn MunicipalityView(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let lang = c.lang_now();
    let muni = NodeRef::new();
    fill(muni, move || render::controls::municipality_options(c.council(), c.municipality(), t.none_chosen));
    let set_population = move |text: String| {
        if let Some(code) = c.choices.with_untracked(|x| x.municipality) {
            c.type_population(code, &text);
        }
    };
    let invalid = Memo::new(move |_| c.choices.with(|x| x.population_invalid));
    let result = NodeRef::new();
    follow(result, move || {
        c.municipality()
            .and_then(|code| c.with_report(|r| render::municipality::municipality_result(r, code, lang)))
            .unwrap_or_default()
    });

    view! {
        <section class="muni" part="municipality">
            <h3 id="muni-h">{t.muni_view}</h3>
            <div class="field">
                <label for="muni">{t.choose_muni}</label>
                <select
                    id="muni"
                    node_ref=muni
                    on:change=move |ev| c.set_municipality(event_target_value(&ev).parse().ok())
                ></select>
            </div>
            {move || {
                c.municipality()
                    .map(|_| {
                        view! {
                            <div class="field">
                                <label for="pop">{t.population}</label>
                                <input
                                    id="pop"
                                    type="text"
                                    inputmode="numeric"
                                    autocomplete="off"
                                    aria-describedby="pop-hint pop-err"
                                    aria-invalid=move || invalid.get().to_string()
                                    prop:value=move || c.choices.with(|x| x.population_text.clone())
                                    on:change=move |ev| set_population(event_target_value(&ev))
                                />
                                <button type="button" on:click=move |_| set_population(String::new())>
                                    {t.reset}
                                </button>
                                <p id="pop-hint" class="hint">{t.population_hint}</p>
                                <p id="pop-err" class="hint warn" role="alert">
                                    {move || invalid.get().then_some(t.population_invalid)}
                                </p>
                            </div>
                        }
                    })
            }}
            <div class="result" aria-live="polite" node_ref=result></div>
        </section>
    }
}

/// Under a rule whose tiers split a published vote class, a municipality
/// without a population cannot be placed in a tier: this panel names them and
/// asks for their populations. The list keeps the ones already typed, so a
/// field does not vanish under the reader's cursor, and it is re-rendered
/// only when the list changes (a keyed `<For>` cost 7.3 KB brotli).
#[component]
pub fn PopulationsNeeded(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let lang = c.lang_now();
    let rule_needs_populations = Memo::new(move |_| c.page.with(|p| p.rule_needs_populations()));
    let needs = Memo::new(move |_| c.shown.with(|s| s.needs_population.clone()));
    let codes = Memo::new(move |_| {
        if !rule_needs_populations.get() {
            return Vec::new();
        }
        let needed = needs.get();
        let typed: Vec<u16> = c.choices.with(|x| x.populations.keys().copied().collect());
        let region = c.council().map(|id| edition::COUNCILS[id.0].region);
        MUNICIPALITIES
            .iter()
            .filter(|m| {
                needed.contains(&m.code)
                    || (typed.contains(&m.code) && Some(edition::COUNCILS[m.council.0].region) == region)
            })
            .map(|m| m.code)
            .collect::<Vec<u16>>()
    });
    // One listener for every field: the field's name is its kommunekode.
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            if let Ok(code) = input.name().parse::<u16>() {
                c.type_population(code, &input.value());
            }
        }
    };
    let message = move || {
        let needed = needs.get();
        (!needed.is_empty()).then(|| ModelError::PopulationsNeeded(needed).message(lang))
    };
    move || {
        (!codes.get().is_empty()).then(|| {
            let fields = NodeRef::new();
            fill(fields, move || {
                c.choices.with_untracked(|x| render::controls::population_fields(&codes.get(), &x.populations))
            });
            view! {
                <section class="needs" part="populations">
                    <h3 id="needs-h">{t.populations_needed}</h3>
                    <p class="note" role="status">{message}</p>
                    <form
                        class="needs-grid"
                        node_ref=fields
                        on:change=on_change
                        on:submit=|ev| ev.prevent_default()
                    ></form>
                </section>
            }
        })
    }
}
