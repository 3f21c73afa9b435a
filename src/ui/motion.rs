//! The vote simulator's place in the council view: its heading and a closed
//! `details` whose content (the stances, the outcome) the explore module
//! draws when the reader opens it ([`crate::render::motion`]).

use crate::i18n::texts::Texts;
use leptos::prelude::*;

/// "Try a vote": the section and its closed disclosure.
#[component]
pub fn Motion(
    /// Texts in the language in force.
    t: &'static Texts,
) -> impl IntoView {
    view! {
        <section class="motion" part="motion">
            <h3 id="motion-h">{t.motion_title}</h3>
            <details>
                <summary>{t.motion_open}</summary>
                <p class="note">{t.motion_note}</p>
                // Built, not written as `<div class="motion-box"></div>`: the macro
                // makes a fully static element from an HTML string (innerHTML), which
                // a page enforcing Trusted Types refuses.
                {leptos::html::div().class("motion-box")}
            </details>
        </section>
    }
}
