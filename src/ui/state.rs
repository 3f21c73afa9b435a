//! The widget's reactive state: what the host element sets ([`Page`]) and
//! the reader's [`Choices`], one signal each, and what is [`Shown`],
//! derived from both by [`crate::state::shown`].
//!
//! Few signal types on purpose: each distinct `T` of a signal or memo is a
//! copy of the reactive machinery in the wasm.

use crate::i18n::Lang;
use crate::model::edition::{self, CouncilId};
use crate::model::report::{Options, Report};
use crate::model::ModelError;
use crate::state::{shown, Choices, Page, Shown};
use leptos::prelude::*;

/// The whole state, handed to every component.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// What the page set.
    pub page: RwSignal<Page>,
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
    pub fn new(page: Page) -> Self {
        let page = RwSignal::new(page);
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
        let shown = Memo::new(move |_| page.with(|p| wanted.with(|w| shown(p, w))));
        let municipality = Memo::new(move |_| choices.with(|c| c.municipality));
        let lang = Memo::new(move |_| choices.with(|c| c.lang).or_else(|| page.with(|p| p.lang)).unwrap_or_default());
        Self { page, choices, shown, municipality, lang }
    }

    /// The reader chose a council (and maybe a municipality) in the widget:
    /// show it, forget what belonged to the previous council, and reflect
    /// the choice in the page address.
    pub fn choose(&self, raad: &str, municipality: Option<u16>) {
        self.show_council(raad);
        self.choices.update(|c| c.set_municipality(municipality));
        if let Some(p) = self.page.with_untracked(|p| p.url_param.clone()) {
            if edition::council_index(raad).is_some() {
                super::address::write_param(&p, raad);
            }
        }
    }

    /// Shows a council (the reader's or the page's choice), forgetting what
    /// belonged to the previous one when it changes.
    pub fn show_council(&self, raad: &str) {
        let mut page = self.page.get_untracked();
        let mut choices = self.choices.get_untracked();
        if crate::state::show_council(&mut page, raad, &mut choices) {
            self.choices.set(choices);
            self.page.set(page);
        }
    }

    /// The page set its overrides (validated).
    pub fn set_overrides(&self, overrides: Result<Options, ModelError>) {
        self.page.update(|p| p.overrides = overrides);
    }

    /// The page set the `url-param` attribute.
    pub fn set_url_param(&self, param: Option<String>) {
        self.page.update(|p| p.url_param = param);
    }

    /// The council id shown (tracked), as given.
    pub fn raad(&self) -> String {
        self.page.with(|p| p.raad.clone())
    }

    /// The page set the `lang` attribute: it wins over an earlier click on a
    /// language button (the latest word counts).
    pub fn set_page_lang(&self, lang: Option<Lang>) {
        self.choices.update(|c| c.lang = None);
        self.page.update(|p| p.lang = lang);
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

    /// The language in force, untracked: for a component's body, which the
    /// root rebuilds when the language changes.
    pub fn lang_now(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// What a page hears of the widget now (tracked).
    pub fn snapshot(&self) -> crate::state::Snapshot {
        let lang = self.lang();
        self.shown.with(|s| self.choices.with(|c| crate::state::Snapshot::of(s, c, lang)))
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
