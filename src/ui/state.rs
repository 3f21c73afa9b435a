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
    /// The query parameter the reader's choice is reflected in ("" for none).
    pub url_param: RwSignal<String>,
}

impl WidgetInputs {
    /// New inputs with the given initial values.
    pub fn new(raad: String, lang: String, overrides: Value, url_param: String) -> Self {
        Self {
            raad: RwSignal::new(raad),
            lang: RwSignal::new(lang),
            overrides: RwSignal::new(overrides),
            url_param: RwSignal::new(url_param),
        }
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
    /// The population text the reader typed for the chosen municipality.
    pub typed: RwSignal<String>,
    /// Whether that text is not a valid population.
    pub invalid: RwSignal<bool>,
}

impl Ctx {
    /// The reader chose a council (and maybe a municipality): show it and
    /// reflect it in the page address.
    pub fn choose(&self, raad: &str, municipality: Option<u16>) {
        self.inputs.raad.set(raad.to_string());
        self.municipality.set(municipality);
        self.inputs.url_param.with_untracked(|p| {
            if !p.is_empty() && crate::model::edition::council_index(raad).is_some() {
                super::address::write_param(p, raad);
            }
        });
    }

    /// Builds the state and its derived values.
    pub fn new(inputs: WidgetInputs) -> Self {
        let lang_choice = RwSignal::new(None);
        let lang =
            Memo::new(move |_| lang_choice.get().or_else(|| Lang::parse(&inputs.lang.get())).unwrap_or_default());
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
            typed: RwSignal::new(String::new()),
            invalid: RwSignal::new(false),
        }
    }
}
