//! The vote simulator: controls rendered by [`crate::render::motion`], one
//! delegated change listener, and the outcome in words.

use super::patch::fill;
use super::state::Ctx;
use crate::i18n::texts::Texts;
use crate::render::motion;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Try a vote": set each member for, against, abstaining or absent.
#[component]
pub fn Motion(
    /// The widget state.
    c: Ctx,
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    let lang = c.lang_now();
    // Re-rendered when the council changes, not on every choice: focus stays.
    // Rendered only while the reader has the simulator open: changing council
    // with it closed costs nothing.
    let open = Memo::new(move |_| c.choices.with(|x| x.motion_open));
    let state = Memo::new(move |_| c.choices.with(|x| x.motion.clone()));
    let controls = move || {
        if !open.get() {
            return String::new();
        }
        c.with_report(|r| c.choices.with_untracked(|x| motion::controls(r, lang, &x.motion))).unwrap_or_default()
    };
    let stances = NodeRef::new();
    fill(stances, controls);
    let outcome = move || {
        if !open.get() {
            return String::new();
        }
        state.with(|s| c.with_report(|r| motion::outcome_text(r, lang, s))).unwrap_or_default()
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        let is_open =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
        c.choices.update(|x| x.motion_open = is_open);
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            let (name, value, checked) = (input.name(), input.value(), input.checked());
            c.choices.update(|x| {
                motion::apply_change(&mut x.motion, &name, &value, checked);
            });
        }
    };
    view! {
        <section class="motion" part="motion">
            <h3 id="motion-h">{t.motion_title}</h3>
            <details prop:open=move || open.get() on:toggle=on_toggle>
                <summary>{t.motion_open}</summary>
                <p class="note">{t.motion_note}</p>
                // A form around the named radios: see `Envelopes` (a DOM leak otherwise).
                <form class="stances" node_ref=stances on:change=on_change on:submit=|ev| ev.prevent_default()></form>
                <p class="outcome" role="status">{outcome}</p>
            </details>
        </section>
    }
}
