//! The reader's state, pure: what the reader chose inside the widget
//! ([`Choices`], one typed value) and what is shown ([`Shown`]), derived
//! from the page's inputs and the choices by [`shown`]. The Leptos view
//! (`ui::state`) keeps these in signals; everything here is tested natively.
//!
//! What the view shows of the options (edition, key) is read from the
//! report, never from the raw choices: the report says which options it
//! used, so the controls and the figures cannot disagree.

use crate::i18n::{parse_int, Lang};
use crate::model::edition::DocumentId;
use crate::model::envelope::Key;
use crate::model::report::{calculate, Options, Report};
use crate::model::votes::{Majority, Populations, Tier, VoteRule, MAX_POPULATION};
use crate::model::ModelError;

/// What the host element sets: its attributes and the `overrides` property.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The council id as given by the `raad` attribute, the address or the
    /// reader's choice (an unknown id is shown as an error, quoted).
    pub raad: String,
    /// The `lang` attribute, when it names a language the widget has.
    pub lang: Option<Lang>,
    /// The page's overrides, validated (or why they were rejected).
    pub overrides: Result<Options, ModelError>,
    /// The query parameter the reader's choice is reflected in (none: off).
    pub url_param: Option<String>,
    /// What the address named instead of a council, until another council
    /// is chosen: shown as a note above the page's own council.
    pub address_unknown: Option<String>,
}

impl Page {
    /// Whether the page's overrides set a custom key.
    pub fn has_custom_key(&self) -> bool {
        self.overrides.as_ref().is_ok_and(|o| matches!(o.key, Key::Custom(_)))
    }

    /// Whether the page's rule cannot place some published vote class, so
    /// that municipalities without a population may need one.
    pub fn rule_needs_populations(&self) -> bool {
        self.overrides.as_ref().is_ok_and(|o| !o.rule.places_published_classes())
    }
}

/// The edition the reader picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionChoice {
    /// The latest edition that publishes each figure.
    Latest,
    /// One document's figures.
    Document(DocumentId),
}

/// The key the reader picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyChoice {
    /// Population shares.
    Population,
    /// Figur 20's anlæg shares.
    Anlaeg,
    /// The key the page set (a custom key).
    Page,
}

/// Everything the reader chose inside the widget. `None` means "as the page
/// says" (the attribute or the overrides).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Choices {
    /// The chosen municipality's kommunekode.
    pub municipality: Option<u16>,
    /// The language picked with the language buttons.
    pub lang: Option<Lang>,
    /// The edition picked.
    pub edition: Option<EditionChoice>,
    /// The key picked.
    pub key: Option<KeyChoice>,
    /// Populations the reader typed, by kommunekode.
    pub populations: Populations,
    /// The text in the chosen municipality's population field.
    pub population_text: String,
    /// Whether that text is not a valid population.
    pub population_invalid: bool,
}

impl Choices {
    /// Forgets what depends on the council: the municipality and its
    /// population text (the vote simulator, drawn by the explore module,
    /// starts afresh there). Populations typed stay: a
    /// municipality's population does not change with the council shown.
    pub fn leave_council(&mut self) {
        self.municipality = None;
        self.population_text.clear();
        self.population_invalid = false;
    }

    /// Chooses a municipality (or none); its population field shows what the
    /// reader typed for it before, or nothing.
    pub fn set_municipality(&mut self, code: Option<u16>) {
        self.municipality = code;
        self.population_text = code.and_then(|k| self.populations.get(&k)).map(|n| n.to_string()).unwrap_or_default();
        self.population_invalid = false;
    }

    /// Sets a typed population for `code` from the reader's text: valid text
    /// sets it, empty text removes it, invalid text removes it and is flagged.
    pub fn type_population(&mut self, code: u16, text: &str) {
        let parsed = parse_int(text).filter(|n| (1..=MAX_POPULATION).contains(n));
        match parsed {
            Some(n) => self.populations.insert(code, n),
            None => self.populations.remove(&code),
        };
        if self.municipality == Some(code) {
            self.population_text = text.to_string();
            self.population_invalid = parsed.is_none() && !text.trim().is_empty();
        }
    }

    /// The options the report uses: the page's, with the reader's choices on top.
    pub fn apply(&self, page: &Options) -> Options {
        let mut o = page.clone();
        o.populations.extend(self.populations.iter().map(|(k, v)| (*k, *v)));
        match self.edition {
            Some(EditionChoice::Latest) => o.edition = None,
            Some(EditionChoice::Document(d)) => o.edition = Some(d),
            None => {}
        }
        match self.key {
            Some(KeyChoice::Population) => o.key = Key::Population,
            Some(KeyChoice::Anlaeg) => o.key = Key::Anlaeg,
            Some(KeyChoice::Page) | None => {}
        }
        o
    }
}

/// Shows council `raad` (an id as given, perhaps unknown) in place of the
/// page's: when it is another, what belonged to the old council is
/// forgotten. Returns whether it changed. The one way the council changes,
/// for the reader's choice, a search and the page's `raad` attribute alike.
pub fn show_council(page: &mut Page, raad: &str, choices: &mut Choices) -> bool {
    let raad = canonical_council(raad);
    page.address_unknown = None;
    if page.raad == raad {
        return false;
    }
    choices.leave_council();
    page.raad = raad;
    true
}

/// The council a widget starts on: the one its address parameter names (in
/// any case), else its `raad` attribute, else Fyn. An address that names no
/// council is returned too, for the note that says so: a stale or mistyped
/// link shows the page's own council rather than an error.
pub fn starting_council(address: Option<&str>, attribute: Option<&str>) -> (String, Option<String>) {
    let attribute = attribute.map_or_else(|| "fyn".to_string(), canonical_council);
    match address.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => match crate::model::edition::council_by_id(a) {
            Some(c) => (c.id.to_string(), None),
            None => (attribute, Some(a.to_string())),
        },
        None => (attribute, None),
    }
}

/// A council id as the widget keeps it: the council's own id where the
/// text names one in another case (`Aarhus` → `aarhus`), so the picker and
/// the address agree; any other text as given, for the error to quote.
pub fn canonical_council(raad: &str) -> String {
    crate::model::edition::council_by_id(raad).map_or_else(|| raad.to_string(), |c| c.id.to_string())
}

/// What the view shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// The report for the chosen council, or why there is none.
    pub report: Result<Report, ModelError>,
    /// Why the page's overrides were rejected (the report then uses the
    /// published figures with the reader's choices).
    pub page_error: Option<ModelError>,
    /// Municipalities the rule in force cannot place without a population
    /// (the report then uses the published rule).
    pub needs_population: Vec<u16>,
}

/// Computes what is shown from the page's inputs and the reader's choices:
/// pure, tested natively.
pub fn shown(page: &Page, choices: &Choices) -> Shown {
    let raad = page.raad.as_str();
    let (page_options, page_error) = match &page.overrides {
        Ok(o) => (o.clone(), page.address_unknown.clone().map(ModelError::UnknownAddressCouncil)),
        Err(e) => (Options::default(), Some(e.clone())),
    };
    let options = choices.apply(&page_options);
    match calculate(raad, &options) {
        Err(ModelError::PopulationsNeeded(codes)) => {
            let published = Options { rule: VoteRule::default(), ..options };
            Shown { report: calculate(raad, &published), page_error, needs_population: codes }
        }
        report => Shown { report, page_error, needs_population: Vec::new() },
    }
}

/// What a page hears of the widget: the state an event's `detail` carries
/// (camelCase, plain values). See [`events`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// The council shown (its id), when there is one.
    pub raad: Option<&'static str>,
    /// The chosen municipality's kommunekode.
    pub kommune: Option<u16>,
    /// The language in force: "da" or "en".
    pub lang: &'static str,
    /// The key of the estimates: "population", "anlaeg" or "custom".
    pub key: Option<&'static str>,
    /// The edition of the national figures: a document id, or "latest".
    pub edition: Option<&'static str>,
    /// The voting rule in force.
    pub rule: Option<RuleSnapshot>,
    /// The municipal populations in force (the page's and the reader's), by
    /// kommunekode (a JS object, its keys the codes as text).
    #[serde(serialize_with = "codes_as_text")]
    pub populations: Option<Populations>,
    /// The message the widget shows for a rejected input, if any.
    pub error: Option<String>,
}

/// A map by kommunekode as an object whose keys are the codes as text: a JS
/// object's keys are text, and the serializer refuses number keys.
fn codes_as_text<S: serde::Serializer>(map: &Option<Populations>, s: S) -> Result<S::Ok, S::Error> {
    struct Code(u16);
    impl serde::Serialize for Code {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&self.0)
        }
    }
    match map {
        Some(m) => s.collect_map(m.iter().map(|(k, v)| (Code(*k), v))),
        None => s.serialize_none(),
    }
}

/// The voting rule in an event's detail: `{ tiers: [{ from, votes }],
/// regionalWeight, majority, regionalMembers? }`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleSnapshot {
    /// The vote tiers, by rising `from`: `{ from, votes }`.
    pub tiers: Vec<Tier>,
    /// Votes of each regional member.
    pub regional_weight: u32,
    /// What the region must hold: "headsAndVotes", "votes" or "none".
    pub majority: &'static str,
    /// Under "none", the stated number of regional members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regional_members: Option<u32>,
}

impl RuleSnapshot {
    /// The snapshot of a rule.
    pub fn of(rule: &VoteRule) -> RuleSnapshot {
        let (majority, regional_members) = match rule.majority {
            Majority::HeadsAndVotes => ("headsAndVotes", None),
            Majority::Votes => ("votes", None),
            Majority::Fixed(k) => ("none", Some(k)),
        };
        RuleSnapshot { tiers: rule.tiers.clone(), regional_weight: rule.regional_weight, majority, regional_members }
    }
}

impl Snapshot {
    /// The snapshot of what is shown, in `lang`.
    pub fn of(shown: &Shown, choices: &Choices, lang: Lang) -> Snapshot {
        let report = shown.report.as_ref().ok();
        let error = shown.page_error.as_ref().or(shown.report.as_ref().err()).map(|e| e.message(lang));
        Snapshot {
            raad: report.map(|r| r.council.id),
            kommune: choices.municipality,
            lang: lang.code(),
            key: report.map(|r| r.options.key.id()),
            edition: report.map(|r| r.options.edition.map_or("latest", |d| crate::model::edition::DOCUMENTS[d.0].id)),
            rule: report.map(|r| RuleSnapshot::of(&r.options.rule)),
            populations: report.map(|r| r.options.populations.clone()),
            error,
        }
    }

    /// What changed from `before`, by name of the detail's fields.
    pub fn changed(&self, before: &Snapshot) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut note = |name, differs: bool| {
            if differs {
                out.push(name);
            }
        };
        note("raad", self.raad != before.raad);
        note("kommune", self.kommune != before.kommune);
        note("lang", self.lang != before.lang);
        note("key", self.key != before.key);
        note("edition", self.edition != before.edition);
        note("rule", self.rule != before.rule);
        note("populations", self.populations != before.populations);
        out
    }
}

/// The events a page hears when what is shown goes from `before` to `now`
/// (`None` before the first render): `sundhedsraad-ready` once, then
/// `sundhedsraad-change` with the names of what changed, and
/// `sundhedsraad-error` when a message appears or changes.
pub fn events(before: Option<&Snapshot>, now: &Snapshot) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out = Vec::new();
    match before {
        None => out.push(("sundhedsraad-ready", Vec::new())),
        Some(b) => {
            let changed = now.changed(b);
            if !changed.is_empty() {
                out.push(("sundhedsraad-change", changed));
            }
        }
    }
    if now.error.is_some() && before.is_none_or(|b| b.error != now.error) {
        out.push(("sundhedsraad-error", Vec::new()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn council_ids_match_in_any_case_and_unknown_text_is_kept_for_the_message() {
        assert_eq!(canonical_council("Aarhus"), "aarhus");
        assert_eq!(canonical_council(" OESTSJAELLAND-OG-OEERNE "), "oestsjaelland-og-oeerne");
        assert_eq!(canonical_council("nope"), "nope");
        let mut page = Page {
            raad: "fyn".into(),
            lang: None,
            overrides: Ok(Options::default()),
            url_param: None,
            address_unknown: None,
        };
        let mut choices = Choices::default();
        assert!(show_council(&mut page, "AARHUS", &mut choices));
        assert_eq!(page.raad, "aarhus");
        assert!(!show_council(&mut page, "aarhus", &mut choices), "the same council in another case is no change");
        assert!(shown(&page, &choices).report.is_ok());
    }

    #[test]
    fn an_address_that_names_no_council_shows_the_page_council_with_a_note() {
        assert_eq!(starting_council(Some("Aarhus"), Some("fyn")), ("aarhus".to_string(), None));
        assert_eq!(
            starting_council(Some("nope"), Some("Vendsyssel")),
            ("vendsyssel".to_string(), Some("nope".to_string()))
        );
        assert_eq!(starting_council(Some(" "), None), ("fyn".to_string(), None));
        assert_eq!(
            starting_council(None, Some("atlantis")),
            ("atlantis".to_string(), None),
            "the attribute's own error stays"
        );
        let (raad, address_unknown) = starting_council(Some("nope"), None);
        let mut page = Page { raad, lang: None, overrides: Ok(Options::default()), url_param: None, address_unknown };
        let mut choices = Choices::default();
        let s = shown(&page, &choices);
        assert_eq!(s.report.as_ref().map(|r| r.council.id), Ok("fyn"));
        assert_eq!(s.page_error, Some(ModelError::UnknownAddressCouncil("nope".into())));
        assert!(s.page_error.unwrap().message(Lang::Da).contains("«nope»"));
        assert!(show_council(&mut page, "aarhus", &mut choices));
        assert_eq!(shown(&page, &choices).page_error, None, "gone once the reader chooses");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_rule_in_an_event_is_its_tiers_weight_and_majority() {
        let json = |rule: &VoteRule| serde_json::to_value(RuleSnapshot::of(rule)).unwrap();
        assert_eq!(
            json(&VoteRule::default()),
            serde_json::json!({
                "tiers": [{"from": 0, "votes": 1}, {"from": 80000, "votes": 2}],
                "regionalWeight": 1,
                "majority": "headsAndVotes"
            })
        );
        let fixed =
            VoteRule { tiers: vec![Tier { from: 0, votes: 1 }], regional_weight: 2, majority: Majority::Fixed(12) };
        assert_eq!(
            json(&fixed),
            serde_json::json!({"tiers": [{"from": 0, "votes": 1}], "regionalWeight": 2, "majority": "none", "regionalMembers": 12})
        );
        assert_eq!(json(&VoteRule { majority: Majority::Votes, ..VoteRule::default() })["majority"], "votes");
    }

    #[test]
    fn a_rule_that_splits_a_published_class_asks_for_populations() {
        let page = |rule| Page {
            raad: "fyn".into(),
            lang: None,
            overrides: Ok(Options { rule, ..Options::default() }),
            url_param: None,
            address_unknown: None,
        };
        assert!(!page(VoteRule::default()).rule_needs_populations());
        let three = vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 2 }, Tier { from: 200_000, votes: 3 }];
        let p = page(VoteRule { tiers: three, ..VoteRule::default() });
        assert!(p.rule_needs_populations());
        let s = shown(&p, &Choices::default());
        assert_eq!(s.needs_population.first(), Some(&461), "Odense's class is split at 200,000");
        assert_eq!(s.report.map(|r| r.options.rule), Ok(VoteRule::default()), "meanwhile the published rule");
    }

    #[test]
    fn leaving_a_council_forgets_its_municipality_but_keeps_populations() {
        let mut c = Choices::default();
        c.set_municipality(Some(461));
        c.type_population(461, "82.500");
        c.leave_council();
        assert_eq!(c.municipality, None);
        assert_eq!(c.population_text, "");
        assert_eq!(c.populations.get(&461), Some(&82_500));
    }

    #[test]
    fn events_say_ready_once_then_what_changed() {
        let page = Page {
            raad: "fyn".into(),
            lang: None,
            overrides: Ok(Options::default()),
            url_param: None,
            address_unknown: None,
        };
        let mut choices = Choices::default();
        let first = Snapshot::of(&shown(&page, &choices), &choices, Lang::Da);
        assert_eq!(events(None, &first), vec![("sundhedsraad-ready", vec![])]);
        assert_eq!((first.raad, first.key, first.edition), (Some("fyn"), Some("population"), Some("latest")));
        choices.set_municipality(Some(461));
        choices.key = Some(KeyChoice::Anlaeg);
        let now = Snapshot::of(&shown(&page, &choices), &choices, Lang::Da);
        assert_eq!(events(Some(&first), &now), vec![("sundhedsraad-change", vec!["kommune", "key"])]);
        assert_eq!(events(Some(&now), &now), vec![]);
        // A population the reader types is in the detail (the CSV and the map use it).
        let mut typed = choices.clone();
        typed.populations.insert(461, 180_000);
        let with_population = Snapshot::of(&shown(&page, &typed), &typed, Lang::Da);
        assert_eq!(events(Some(&now), &with_population), vec![("sundhedsraad-change", vec!["populations"])]);
        assert_eq!(with_population.populations.as_ref().and_then(|p| p.get(&461)), Some(&180_000));
        // A JS object's keys are text: the codes are written as text.
        #[cfg(not(target_arch = "wasm32"))]
        assert_eq!(serde_json::to_value(&with_population).unwrap()["populations"]["461"], 180_000);
        let bad = Page { raad: "atlantis".into(), ..page };
        let err = Snapshot::of(&shown(&bad, &choices), &choices, Lang::En);
        let ev = events(Some(&now), &err);
        assert_eq!(ev[0], ("sundhedsraad-change", vec!["raad", "lang", "key", "edition", "rule", "populations"]));
        assert_eq!(ev[1].0, "sundhedsraad-error");
        assert!(err.error.as_deref().unwrap().contains("«atlantis»"));
    }
}
