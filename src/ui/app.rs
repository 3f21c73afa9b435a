//! The root component: header, chooser, and the sections for one council.

use super::chooser::Chooser;
use super::envelopes::Envelopes;
use super::municipality::MunicipalityView;
use super::seats::Seats;
use super::state::{ctx, Ctx, WidgetInputs};
use super::votes_table::VotesTable;
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::edition;
use leptos::prelude::*;

/// The whole widget for one host element.
#[component]
pub fn App(
    /// Inputs from the host element.
    inputs: WidgetInputs,
) -> impl IntoView {
    provide_context(Ctx::new(inputs));
    let c = ctx();
    let t = move || texts(c.lang.get());
    let ok = Memo::new(move |_| c.report.with(|r| r.is_ok()));
    let title = move || {
        let name = c.report.with(|r| r.as_ref().map(|r| r.council.name).unwrap_or_default());
        format!("{} {name}", t().title)
    };
    let override_error = move || {
        c.page_options.with(|o| o.as_ref().err().map(|e| e.message(c.lang.get()))).map(|m| {
            view! {
                <div class="error" role="alert">
                    <strong>{t().override_error}": "</strong>
                    {m}
                </div>
            }
        })
    };
    view! {
        <div class="sr" lang=move || c.lang.get().code()>
            <header class="sr-head">
                <h2>{title}</h2>
                <LangSwitch />
            </header>
            <Chooser />
            {override_error}
            {move || {
                if ok.get() {
                    view! {
                        <Seats />
                        <VotesTable />
                        <MunicipalityView />
                        <Envelopes />
                    }
                        .into_any()
                } else {
                    let msg = c.report.with(|r| r.as_ref().err().map(|e| e.message(c.lang.get())).unwrap_or_default());
                    view! {
                        <div class="error" role="alert">
                            <strong>{t().error}": "</strong>
                            {msg}
                        </div>
                    }
                        .into_any()
                }
            }}
            <footer class="sr-foot">
                <p>{move || t().data_note} " " {edition::EDITION_NAME}"."</p>
            </footer>
        </div>
    }
}

/// Two buttons to switch language inside the widget.
#[component]
fn LangSwitch() -> impl IntoView {
    let c = ctx();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                lang=lang.code()
                aria-pressed=move || (c.lang.get() == lang).to_string()
                on:click=move |_| c.lang_choice.set(Some(lang))
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang" role="group" aria-label=move || texts(c.lang.get()).language>
            {button(Lang::Da, "Dansk")}
            {button(Lang::En, "English")}
        </div>
    }
}
