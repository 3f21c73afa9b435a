//! A municipality's view: its votes and vote share; optionally a population
//! the reader types, to see whether it would have 1 or 2 votes, how the
//! council's seats change, and a per-capita illustration of the envelope.

use super::state::Ctx;
use crate::i18n::texts::Texts;
use crate::i18n::{parse_int, Lang};
use crate::model::votes::MAX_POPULATION;
use crate::render;
use leptos::prelude::*;

/// The municipality section.
#[component]
pub fn MunicipalityView(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let lang = c.lang();
    let options = move || {
        let council = c.with_report(|r| r.council_id);
        render::controls::municipality_options(council, c.municipality(), t.none_chosen)
    };
    let invalid_text = match lang {
        Lang::Da => "Skriv et helt tal mellem 1 og 10.000.000, fx 82.500.",
        Lang::En => "Enter a whole number from 1 to 10,000,000, e.g. 82,500.",
    };
    let set_population = move |text: String| {
        let Some(code) = c.municipality_untracked() else { return };
        c.typed.set(text.clone());
        let parsed = parse_int(&text).filter(|n| (1..=MAX_POPULATION).contains(n));
        let bad = parsed.is_none() && !text.trim().is_empty();
        c.pop_error.set(if bad { invalid_text.to_string() } else { String::new() });
        c.reader_populations.update(|p| match parsed {
            Some(n) => {
                p.insert(code, n);
            }
            None => {
                p.remove(&code);
            }
        });
    };
    let result = move || {
        c.municipality()
            .and_then(|code| c.with_report(|r| render::municipality::municipality_result(r, code, lang)))
            .unwrap_or_default()
    };

    view! {
        <section class="muni" aria-labelledby="title-h muni-h">
            <h3 id="muni-h">{t.muni_view}</h3>
            <div class="field">
                <label for="muni">{t.choose_muni}</label>
                <select
                    id="muni"
                    inner_html=options
                    on:change=move |ev| {
                        let code = event_target_value(&ev).parse().ok();
                        c.set_municipality(code);
                        c.typed.set(code.and_then(|k| c.reader_populations.with_untracked(|p| p.get(&k).map(|n| n.to_string()))).unwrap_or_default());
                        c.pop_error.set(String::new());
                    }
                ></select>
            </div>
            {move || {
                c.municipality().map(|_| {
                    view! {
                <div class="field">
                    <label for="pop">{t.population}</label>
                    <input
                        id="pop"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-describedby="pop-hint pop-err"
                        aria-invalid=move || c.pop_error.with(|e| (!e.is_empty()).to_string())
                        prop:value=move || c.typed.get()
                        on:change=move |ev| set_population(event_target_value(&ev))
                    />
                    <button type="button" on:click=move |_| set_population(String::new())>{t.reset}</button>
                    <p id="pop-hint" class="hint">{t.population_hint}</p>
                    <p id="pop-err" class="hint warn" role="alert">{move || c.pop_error.get()}</p>
                </div>
                    }
                })
            }}
            <div class="result" aria-live="polite" inner_html=result></div>
        </section>
    }
}
