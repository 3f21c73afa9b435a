//! The root component: header, chooser, and the sections for one council.
//!
//! The tree is rebuilt when the language changes (rare), so every fixed text
//! is a plain string and not a reactive closure of its own; within one
//! language only the parts that depend on the council update.

use super::chooser::Chooser;
use super::envelopes::Envelopes;
use super::motion::Motion;
use super::municipality::{MunicipalityView, PopulationsNeeded};
use super::patch::fill;
use super::seats::{Seats, VotesTable};
use super::state::Ctx;
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::edition;
use crate::model::ModelError;
use leptos::prelude::*;

/// The whole widget for one host element.
#[component]
pub fn App(
    /// The widget's state.
    c: Ctx,
) -> impl IntoView {
    let ok = Memo::new(move |_| c.shown.with(|s| s.report.is_ok()));
    move || {
        let lang = c.lang();
        let t = texts(lang);
        let title = move || format!("{} {}", t.title, c.with_report(|r| r.council.name).unwrap_or_default());
        let override_error = move || {
            c.shown.with(|s| {
                s.page_error.as_ref().map(|e| {
                    // A council the address names that does not exist is not a rejected setting.
                    let label =
                        if matches!(e, ModelError::UnknownAddressCouncil(_)) { t.error } else { t.override_error };
                    error_box(label, e.message(lang))
                })
            })
        };
        let report_error =
            move || c.shown.with(|s| s.report.as_ref().err().map(|e| error_box(t.error, e.message(lang))));
        let sections = move || {
            ok.get().then(|| {
                view! {
                    <Seats c=c />
                    <VotesTable c=c />
                    <MunicipalityView c=c t=t />
                    <Motion t=t />
                    <Envelopes c=c t=t />
                }
            })
        };
        let button = move |l: Lang, label: &'static str| {
            view! {
                <button
                    type="button"
                    lang=l.code()
                    aria-pressed=(lang == l).to_string()
                    on:click=move |_| c.choices.update(|x| x.lang = Some(l))
                >
                    {label}
                </button>
            }
        };
        let sources = NodeRef::new();
        fill(sources, move || crate::render::money::sources(lang));
        view! {
            <div class="sr" lang=lang.code()>
                <div class="sr-head" part="header">
                    <h2 id="title-h">{title}</h2>
                    <div class="lang" role="group" aria-label=t.language>
                        {button(Lang::Da, "Dansk")}
                        {button(Lang::En, "English")}
                    </div>
                </div>
                <Chooser c=c t=t />
                {override_error}
                {report_error}
                <PopulationsNeeded c=c t=t />
                {sections}
                <div class="sr-foot" part="footer">
                    <div node_ref=sources></div>
                    <p>{t.data_note} " " {edition::EDITION_NAME} "."</p>
                </div>
            </div>
        }
    }
}

/// A visible error message; the text is data, never markup.
fn error_box(label: &'static str, message: String) -> impl IntoView {
    view! {
        <div class="error" role="alert">
            <strong>{label}": "</strong>
            {message}
        </div>
    }
}
