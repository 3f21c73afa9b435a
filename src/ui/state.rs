//! The widget's reactive state: what the host element sets
//! ([`WidgetInputs`]), the reader's [`Choices`] in one signal, and what is
//! [`Shown`], derived by [`crate::state::shown`].

use crate::i18n::Lang;
use crate::model::edition::{self, CouncilId};
use crate::model::report::{Options, Report};
use crate::model::ModelError;
use crate::state::{shown, Choices, Shown};
use leptos::prelude::*;

/// What the host element sets: its attributes and the `overrides` property.
#[derive(Clone, Copy)]
pub struct WidgetInputs {
    /// The council id as given by the `raad` attribute, the address or the
    /// reader's choice (unknown ids are shown as an error, quoted).
    pub raad: RwSignal<String>,
    /// The `lang` attribute, when it names a language the widget has.
    pub lang: RwSignal<Option<Lang>>,
    /// The page's overrides, validated (or why they were rejected).
    pub overrides: RwSignal<Result<Options, ModelError>>,
    /// The query parameter the reader's choice is reflected in (none: off).
    pub url_param: RwSignal<Option<String>>,
}

impl WidgetInputs {
    /// New inputs with the given initial values.
    pub fn new(
        raad: String,
        lang: Option<Lang>,
        overrides: Result<Options, ModelError>,
        url_param: Option<String>,
    ) -> Self {
        Self {
            raad: RwSignal::new(raad),
            lang: RwSignal::new(lang),
            overrides: RwSignal::new(overrides),
            url_param: RwSignal::new(url_param),
        }
    }
}

/// The whole state, handed to every component.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// Host inputs.
    pub inputs: WidgetInputs,
    /// The reader's choices.
    pub choices: RwSignal<Choices>,
    /// What the view shows.
    pub shown: Memo<Shown>,
    /// The chosen municipality (changes only when it does).
    municipality: Memo<Option<u16>>,
    /// The language in force.
    lang: Memo<Lang>,
}

impl Ctx {
    /// Builds the state and its derived values.
    pub fn new(inputs: WidgetInputs) -> Self {
        let choices = RwSignal::new(Choices::default());
        // Only the choices the report depends on: toggling the simulator or
        // typing an invalid text does not recompute it.
        let wanted = Memo::new(move |_| {
            choices.with(|c| Choices {
                populations: c.populations.clone(),
                edition: c.edition,
                key: c.key,
                ..Choices::default()
            })
        });
        let shown = Memo::new(move |_| {
            inputs.raad.with(|raad| inputs.overrides.with(|page| wanted.with(|w| shown(raad, page, w))))
        });
        let municipality = Memo::new(move |_| choices.with(|c| c.municipality));
        let lang = Memo::new(move |_| choices.with(|c| c.lang).or_else(|| inputs.lang.get()).unwrap_or_default());
        Self { inputs, choices, shown, municipality, lang }
    }

    /// The reader chose a council (and maybe a municipality) in the widget:
    /// show it, forget what belonged to the previous council, and reflect
    /// the choice in the page address.
    pub fn choose(&self, raad: &str, municipality: Option<u16>) {
        self.show_council(raad);
        self.choices.update(|c| c.set_municipality(municipality));
        if let Some(p) = self.inputs.url_param.get_untracked() {
            if edition::council_index(raad).is_some() {
                super::address::write_param(&p, raad);
            }
        }
    }

    /// Shows a council (the reader's or the page's choice), forgetting what
    /// belonged to the previous one when it changes.
    pub fn show_council(&self, raad: &str) {
        let mut current = self.inputs.raad.get_untracked();
        let mut choices = self.choices.get_untracked();
        if crate::state::show_council(&mut current, raad, &mut choices) {
            self.choices.set(choices);
            self.inputs.raad.set(current);
        }
    }

    /// The page set the `lang` attribute: it wins over an earlier click on a
    /// language button (the latest word counts).
    pub fn set_page_lang(&self, lang: Option<Lang>) {
        self.choices.update(|c| c.lang = None);
        self.inputs.lang.set(lang);
    }

    /// The chosen municipality (tracked).
    pub fn municipality(&self) -> Option<u16> {
        self.municipality.get()
    }

    /// Chooses a municipality of the council shown (or none).
    pub fn set_municipality(&self, code: Option<u16>) {
        self.choices.update(|c| c.set_municipality(code));
    }

    /// The reader typed a population for a municipality.
    pub fn type_population(&self, code: u16, text: &str) {
        self.choices.update(|c| c.type_population(code, text));
    }

    /// The language in force: the reader's choice, else the `lang`
    /// attribute, else Danish.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The council shown, when the report has one.
    pub fn council(&self) -> Option<CouncilId> {
        self.with_report(|r| r.council_id)
    }

    /// Reads the report, if there is one.
    pub fn with_report<T>(&self, f: impl FnOnce(&Report) -> T) -> Option<T> {
        self.shown.with(|s| s.report.as_ref().ok().map(f))
    }
}
