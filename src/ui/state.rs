//! The widget's state: inputs from the host element, the reader's choices,
//! and the report derived from them.

use crate::i18n::Lang;
use crate::model::edition::document_by_id;
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

/// What the view shows: the report, and the page's overrides error if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The report for the chosen council, or why there is none.
    pub report: Result<Report, ModelError>,
    /// Why the page's overrides were rejected (the report then uses defaults).
    pub page_error: Option<ModelError>,
}

/// The whole state, handed to every component.
///
/// Signals hold few distinct types (strings where an id will do): each
/// distinct signal type costs the wasm a copy of the reactive machinery.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// Host inputs.
    pub inputs: WidgetInputs,
    /// The language the reader picked inside the widget ("" for none).
    pub lang_choice: RwSignal<String>,
    /// The chosen municipality's kommunekode ("" for none); read it with
    /// [`Ctx::municipality`].
    pub municipality_code: RwSignal<String>,
    /// Populations the reader typed.
    pub reader_populations: RwSignal<Populations>,
    /// The chosen edition's id ("" for the latest per figure).
    pub edition: RwSignal<String>,
    /// The chosen key id: `population`, `anlaeg`, `custom`, or "" for the page's.
    pub key: RwSignal<String>,
    /// What the view shows.
    pub shown: Memo<Shown>,
    /// The population text the reader typed for the chosen municipality.
    pub typed: RwSignal<String>,
    /// Why that text is not a valid population ("" when it is).
    pub pop_error: RwSignal<String>,
    /// The reader's vote simulation ([`crate::render::motion::MotionState`]).
    pub motion: RwSignal<Populations>,
    /// "open" while the reader has the vote simulator open, else "".
    pub motion_open: RwSignal<String>,
}

impl Ctx {
    /// The reader chose a council (and maybe a municipality): show it and
    /// reflect it in the page address.
    pub fn choose(&self, raad: &str, municipality: Option<u16>) {
        self.inputs.raad.set(raad.to_string());
        self.set_municipality(municipality);
        self.inputs.url_param.with_untracked(|p| {
            if !p.is_empty() && crate::model::edition::council_index(raad).is_some() {
                super::address::write_param(p, raad);
            }
        });
    }

    /// The chosen municipality (tracked).
    pub fn municipality(&self) -> Option<u16> {
        self.municipality_code.with(|c| c.parse().ok())
    }

    /// The chosen municipality, without tracking.
    pub fn municipality_untracked(&self) -> Option<u16> {
        self.municipality_code.with_untracked(|c| c.parse().ok())
    }

    /// Chooses a municipality (or none).
    pub fn set_municipality(&self, code: Option<u16>) {
        self.municipality_code.set(code.map(|c| c.to_string()).unwrap_or_default());
    }

    /// The language in force: the reader's choice, else the `lang`
    /// attribute, else Danish.
    pub fn lang(&self) -> Lang {
        let choice = self.lang_choice.with(|l| Lang::parse(l));
        choice.or_else(|| self.inputs.lang.with(|l| Lang::parse(l))).unwrap_or_default()
    }

    /// Reads the report, if there is one.
    pub fn with_report<T>(&self, f: impl FnOnce(&Report) -> T) -> Option<T> {
        self.shown.with(|s| s.report.as_ref().ok().map(f))
    }

    /// Builds the state and its derived values.
    pub fn new(inputs: WidgetInputs) -> Self {
        let reader_populations = RwSignal::new(Populations::new());
        let edition = RwSignal::new(String::new());
        let key = RwSignal::new(String::new());
        let shown = Memo::new(move |_| {
            let page = inputs.overrides.with(Options::from_value);
            let (mut o, page_error) = match page {
                Ok(o) => (o, None),
                Err(e) => (Options::default(), Some(e)),
            };
            reader_populations.with(|p| o.populations.extend(p.iter().map(|(k, v)| (*k, *v))));
            edition.with(|e| {
                if e == "latest" {
                    o.edition = None;
                } else if let Some(d) = document_by_id(e) {
                    o.edition = Some(d);
                }
            });
            key.with(|k| match k.as_str() {
                "population" => o.key = Key::Population,
                "anlaeg" => o.key = Key::Anlaeg,
                _ => {}
            });
            Shown { report: inputs.raad.with(|r| calculate(r, &o)), page_error }
        });
        Self {
            inputs,
            lang_choice: RwSignal::new(String::new()),
            municipality_code: RwSignal::new(String::new()),
            reader_populations,
            edition,
            key,
            shown,
            typed: RwSignal::new(String::new()),
            pop_error: RwSignal::new(String::new()),
            motion: RwSignal::new(Populations::new()),
            motion_open: RwSignal::new(String::new()),
        }
    }
}
