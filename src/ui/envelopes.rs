//! The money section: its controls (edition and key) as Leptos components,
//! its output rendered by [`crate::render::money`].

use super::state::Ctx;
use crate::i18n::texts::Texts;
use crate::model::edition;
use crate::model::value::Value;
use crate::render;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Edition and key controls, the estimate note, and the output.
#[component]
pub fn Envelopes(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let lang = c.lang();
    let key_now = move || c.with_report(|r| r.options.key.id()).unwrap_or("population");
    let radio = move |id: &'static str, label: &'static str| {
        view! {
            <label class="radio">
                <input type="radio" name="key" value=id prop:checked=move || key_now() == id on:change=move |_| c.key.set(id.to_string()) />
                {label}
            </label>
        }
    };
    let custom = c.inputs.overrides.with_untracked(|v| v.get("key").is_some_and(|k| matches!(k, Value::Object(_))));
    let html = move || c.with_report(|r| render::money::money(r, lang)).unwrap_or_default();
    // The national figures do not depend on the council: re-rendered only
    // when the edition changes.
    let national = move || render::money::national(c.edition.with(|e| edition::document_by_id(e)), lang);
    view! {
        <section class="money-section" aria-labelledby="title-h money-h">
            <h3 id="money-h">{t.envelopes}</h3>
            // A form around named radios: Chromium keeps removed named radios of a
            // shadow root alive unless they sit in a form (measured: a DOM leak).
            <form class="controls" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="edition">{t.edition}</label>
                    <select
                        id="edition"
                        inner_html=render::controls::edition_options(c.edition.with_untracked(|e| edition::document_by_id(e)), t.edition_latest)
                        on:change=move |ev| {
                            c.edition.set(event_target_value(&ev));
                        }
                    ></select>
                </div>
                <fieldset>
                    <legend>{t.key}</legend>
                    {radio("population", t.key_population)}
                    {radio("anlaeg", t.key_anlaeg)}
                    {custom.then(|| radio("custom", t.key_custom))}
                </fieldset>
            </form>
            <p class="note">{t.estimate_note}</p>
            <div class="money-out" inner_html=html></div>
            <div class="money-national" inner_html=national></div>
            <p>
                <a
                    class="csv"
                    href="#"
                    download=move || c.with_report(|r| format!("sundhedsraad-{}.csv", r.council.id))
                    on:click=move |ev| {
                        if let (Some(a), Some(url)) = (
                            ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
                            c.with_report(render::money::csv_data_url),
                        ) {
                            let _ = a.set_attribute("href", &url);
                        }
                    }
                >
                    {t.download_csv}
                </a>
            </p>
        </section>
    }
}
