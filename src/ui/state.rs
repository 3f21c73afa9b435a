//! The widget's state: inputs from the host element, the reader's choices,
//! and the report derived from them.

use crate::i18n::Lang;
use crate::model::edition::DocumentId;
use crate::model::envelope::Key;
use crate::model::report::{calculate, Options, Report};
use crate::model::value::Value;
use crate::model::votes::Populations;
use crate::model::ModelError;
use leptos::prelude::*;

/// What the host element sets: attribute values and the overrides object.
#[derive(Clone, Copy)]
pub struct WidgetInputs {
    /// The `raad` attribute (or the reader's choice).
    pub raad: RwSignal<String>,
    /// The `lang` attribute as given.
    pub lang: RwSignal<String>,
    /// Overrides from the page, as a plain value.
    pub overrides: RwSignal<Value>,
}

impl WidgetInputs {
    /// New inputs with the given initial values.
    pub fn new(raad: String, lang: String, overrides: Value) -> Self {
        Self { raad: RwSignal::new(raad), lang: RwSignal::new(lang), overrides: RwSignal::new(overrides) }
    }
}

/// The whole state, shared with every component through context.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// Host inputs.
    pub inputs: WidgetInputs,
    /// The language in force.
    pub lang: Memo<Lang>,
    /// The language the reader picked inside the widget, if any.
    pub lang_choice: RwSignal<Option<Lang>>,
    /// The chosen municipality (kommunekode).
    pub municipality: RwSignal<Option<u16>>,
    /// Populations the reader typed.
    pub reader_populations: RwSignal<Populations>,
    /// The chosen edition (`None`: latest per figure).
    pub edition: RwSignal<Option<DocumentId>>,
    /// The chosen key id: `population`, `anlaeg` or `custom`.
    pub key: RwSignal<&'static str>,
    /// The page's overrides, validated.
    pub page_options: Memo<Result<Options, ModelError>>,
    /// The report for the chosen council.
    pub report: Memo<Result<Report, ModelError>>,
}

impl Ctx {
    /// Builds the state and its derived values.
    pub fn new(inputs: WidgetInputs) -> Self {
        let lang_choice = RwSignal::new(None);
        let lang = Memo::new(move |_| lang_choice.get().or_else(|| Lang::parse(&inputs.lang.get())).unwrap_or_default());
        let page_options = Memo::new(move |_| inputs.overrides.with(Options::from_value));
        let reader_populations = RwSignal::new(Populations::new());
        let edition = RwSignal::new(None);
        let key = RwSignal::new("");
        let report = Memo::new(move |_| {
            let mut o = page_options.get().unwrap_or_default();
            reader_populations.with(|p| o.populations.extend(p.iter().map(|(k, v)| (*k, *v))));
            if let Some(e) = edition.get() {
                o.edition = Some(e);
            }
            match key.get() {
                "population" => o.key = Key::Population,
                "anlaeg" => o.key = Key::Anlaeg,
                _ => {}
            }
            calculate(&inputs.raad.get(), &o)
        });
        Self {
            inputs,
            lang,
            lang_choice,
            municipality: RwSignal::new(None),
            reader_populations,
            edition,
            key,
            page_options,
            report,
        }
    }
}

/// The shared state from context.
pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}
