//! The money section: its controls (edition and key) as Leptos components,
//! its output rendered by [`crate::render::money`]. The controls show the
//! options the report used, never the raw choices.

use super::patch::{fill, follow};
use super::state::Ctx;
use crate::i18n::texts::Texts;
use crate::model::edition;
use crate::model::envelope::Key;
use crate::render;
use crate::state::{EditionChoice, KeyChoice};
use leptos::prelude::*;

/// Edition and key controls, the estimate note, and the output.
#[component]
pub fn Envelopes(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let lang = c.lang_now();
    // The edition and key the report used (None only without a report).
    let edition_used = Memo::new(move |_| c.with_report(|r| r.options.edition));
    let key_used = Memo::new(move |_| {
        c.with_report(|r| match r.options.key {
            Key::Population => KeyChoice::Population,
            Key::Anlaeg => KeyChoice::Anlaeg,
            Key::Custom(_) => KeyChoice::Page,
        })
    });
    let page_has_custom_key = Memo::new(move |_| c.page.with(|p| p.has_custom_key()));
    let radio = move |choice: KeyChoice, id: &'static str, label: &'static str| {
        view! {
            <label class="radio">
                <input
                    type="radio"
                    name="key"
                    value=id
                    prop:checked=move || key_used.get() == Some(choice)
                    on:change=move |_| c.choices.update(|x| x.key = Some(choice))
                />
                {label}
            </label>
        }
    };
    let edition_value = move || match edition_used.get().flatten() {
        Some(d) => edition::DOCUMENTS[d.0].id,
        None => "latest",
    };
    let on_edition = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let choice = match edition::document_by_id(&v) {
            Some(d) => EditionChoice::Document(d),
            None => EditionChoice::Latest,
        };
        c.choices.update(|x| x.edition = Some(choice));
    };
    let out = NodeRef::new();
    follow(out, move || c.with_report(|r| render::money::money(r, lang)).unwrap_or_default());
    // The national figures do not depend on the council: re-rendered only
    // when the edition in force changes.
    let national = NodeRef::new();
    follow(national, move || edition_used.get().map(|e| render::money::national(e, lang)).unwrap_or_default());
    let edition_select = NodeRef::new();
    fill(edition_select, move || {
        render::controls::edition_options(edition_used.get_untracked().flatten(), t.edition_latest)
    });
    view! {
        <section class="money-section" part="money">
            <h3 id="money-h">{t.envelopes}</h3>
            // A form around named radios: Chromium keeps removed named radios of a
            // shadow root alive unless they sit in a form (measured: a DOM leak).
            <form class="controls" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="edition">{t.edition}</label>
                    <select
                        id="edition"
                        node_ref=edition_select
                        prop:value=edition_value
                        on:change=on_edition
                    ></select>
                </div>
                <fieldset>
                    <legend>{t.key}</legend>
                    {radio(KeyChoice::Population, "population", t.key_population)}
                    {radio(KeyChoice::Anlaeg, "anlaeg", t.key_anlaeg)}
                    {move || page_has_custom_key.get().then(|| radio(KeyChoice::Page, "custom", t.key_custom))}
                </fieldset>
            </form>
            <p class="note">{t.estimate_note}</p>
            <div class="money-out" node_ref=out></div>
            <div class="money-national" node_ref=national></div>
            // The CSV is made on click by the explore module (js/sundhedsraad.js).
            <p>
                <a
                    class="csv"
                    href="#"
                    download=move || c.with_report(|r| format!("sundhedsraad-{}.csv", r.council.id))
                >
                    {t.download_csv}
                </a>
            </p>
        </section>
    }
}
