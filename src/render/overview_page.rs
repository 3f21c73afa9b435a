//! The views of all councils at once, as HTML text: `view="oversigt"` (the
//! map shaded by a measure, its controls, the table of all 17 councils and
//! the regions) and `view="region"` (the four regions). The explore module
//! renders them; the map itself is drawn into `.map-slot` afterwards.
//!
//! Under a rule other than the published one (a page's `overrides.rule`, or
//! the reader's rule from the address, `<url-param>-regel`), a note after
//! the heading says which rule is in force and how to get back
//! ([`rule_note`]), and the tables show the published rule's figures beside
//! the other rule's (issue 9).

use super::overview::{overview_controls, overview_table, regions_table};
use super::rule::RuleTexts;
use super::{percent_encode, Html};
use crate::export::overview_csv;
use crate::i18n::sentences::rule_summary;
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::edition::{self, PoolId};
use crate::model::overview::{AgainstPublished, Column, Overview};
use crate::model::votes::VoteRule;
use crate::model::ModelError;

/// The measures the map can be shaded by, by id.
pub const MEASURES: [&str; 4] = ["members", "votes", "anlaeg", "envelope"];

/// A measure's name in the legend and the picker (`None` for an unknown id).
pub fn measure_name(measure: &str, lang: Lang) -> Option<&'static str> {
    Some(match (measure, lang) {
        ("members", Lang::Da) => "Medlemmer",
        ("members", Lang::En) => "Members",
        ("votes", Lang::Da) => "Vægtede stemmer",
        ("votes", Lang::En) => "Weighted votes",
        ("anlaeg", Lang::Da) => "Anlæg, kr. pr. indbygger (Figur 20)",
        ("anlaeg", Lang::En) => "Capital, DKK per citizen (Figure 20)",
        ("envelope", Lang::Da) => "Skønnet ramme for valgt pulje og år, kr. pr. indbygger",
        ("envelope", Lang::En) => "Estimated envelope for the chosen pool and year, DKK per citizen",
        _ => return None,
    })
}

/// What the reader chose in the view.
#[derive(Debug, Clone)]
pub struct Choice<'a> {
    /// `view="region"`: the regions only.
    pub regions_only: bool,
    /// The language.
    pub lang: Lang,
    /// The column the table is sorted by.
    pub column: Column,
    /// Whether it is sorted in descending order.
    pub descending: bool,
    /// The pool of the estimated envelope.
    pub pool: PoolId,
    /// Its year.
    pub year: u16,
    /// The map's measure ([`MEASURES`]).
    pub measure: &'a str,
    /// Where the rule in force comes from, and so how to get back.
    pub back: Back,
}

/// Where a rule other than the published one comes from, and so how the
/// reader gets back to the published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Back {
    /// The page's own rule (`overrides.rule`), or the published one: a
    /// sentence says that the page set it.
    #[default]
    Page,
    /// The reader's rule (the address) over the published rule: a button
    /// (`data-rule-reset`) drops it, back to the published rule.
    ToPublished,
    /// The reader's rule over a rule of the page's: the button drops it,
    /// back to the page's rule.
    ToPage,
}

impl Back {
    /// Reads the explore module's argument: `"published"`, `"page"`, or
    /// anything else for [`Back::Page`] (no rule of the reader's).
    pub fn parse(s: &str) -> Back {
        match s {
            "published" => Back::ToPublished,
            "page" => Back::ToPage,
            _ => Back::Page,
        }
    }
}

struct T {
    title: &'static str,
    regions_title: &'static str,
    language: &'static str,
    measure: &'static str,
    csv: &'static str,
    error: &'static str,
    intro: &'static str,
    other_rule: &'static str,
    published_rule: &'static str,
    needs_populations: &'static str,
    page_rule: &'static str,
    back_to_page: &'static str,
}

const DA: T = T {
    title: "Alle 17 sundhedsråd",
    regions_title: "De fire regioner og deres sundhedsråd",
    language: "Sprog",
    measure: "Farv kortet efter",
    csv: "Hent tabellen som CSV (med kilder)",
    error: "Fejl",
    intro: "Vælg et sundhedsråd på kortet eller i tabellen for at se det. Tabellen er kortets tal; sorter den med knapperne i kolonneoverskrifterne.",
    other_rule: "Beregnet med en anden regel end den offentliggjorte",
    published_rule: "Den offentliggjorte regel (udspillet)",
    needs_populations: "Indtil da viser tallene nedenfor den offentliggjorte regel.",
    page_rule: "Reglen er sat af siden, der viser beregneren.",
    back_to_page: "Tilbage til sidens regel",
};

const EN: T = T {
    title: "All 17 health councils",
    regions_title: "The four regions and their health councils",
    language: "Language",
    measure: "Shade the map by",
    csv: "Download the table as CSV (with sources)",
    error: "Error",
    intro: "Choose a council on the map or in the table to see it. The table holds the map's figures; sort it with the buttons in the column headers.",
    other_rule: "Computed with another rule than the published one",
    published_rule: "The published rule (the proposal)",
    needs_populations: "Until then the figures below are the published rule's.",
    page_rule: "The page showing the calculator has set this rule.",
    back_to_page: "Back to the page's rule",
};

fn t(lang: Lang) -> &'static T {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}

/// A visible error message (the text is data, escaped).
pub fn error_box(lang: Lang, e: &ModelError) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "error"), ("role", "alert")]);
    h.el("strong", &[], &format!("{}: ", t(lang).error));
    h.text(&e.message(lang));
    h.close("div");
    h.finish()
}

/// The note on a rule other than the published one: which rule is in
/// force, the published rule, how many councils it changes (or which
/// municipalities it cannot place without a population, the published
/// rule's figures shown meanwhile), and how to get back: the reader's rule
/// has a button (`data-rule-reset`), a page's a sentence. Empty under the
/// published rule.
pub fn rule_note(lang: Lang, o: &Overview, back: Back) -> String {
    let rule = match &o.against_published {
        AgainstPublished::Published => return String::new(),
        AgainstPublished::Other(_) => &o.rule,
        AgainstPublished::NeedsPopulations { rule, .. } => rule,
    };
    let tx = t(lang);
    let mut h = Html::new();
    h.open("div", &[("class", "rule-in-force"), ("id", "rule-in-force")]);
    h.open("p", &[]).el("strong", &[], &format!("{}:", tx.other_rule));
    h.text(&format!(" {}.", rule_summary(lang, rule))).close("p");
    h.el("p", &[], &format!("{}: {}.", tx.published_rule, rule_summary(lang, &VoteRule::default())));
    match &o.against_published {
        AgainstPublished::Other(w) => {
            let n = w.councils.iter().filter(|c| c.differs()).count();
            h.el("p", &[], &changed_count(lang, n));
        }
        AgainstPublished::NeedsPopulations { codes, .. } => {
            let message = ModelError::PopulationsNeeded(codes.clone()).message(lang);
            h.el("p", &[], &format!("{message} {}", tx.needs_populations));
        }
        AgainstPublished::Published => {}
    }
    back_control(&mut h, lang, back);
    h.close("div");
    h.finish()
}

/// The way back: a button for the reader's rule, a sentence for a page's.
fn back_control(h: &mut Html, lang: Lang, back: Back) {
    let tx = t(lang);
    match back {
        Back::Page => {
            h.el("p", &[], tx.page_rule);
        }
        Back::ToPublished | Back::ToPage => {
            let label = if back == Back::ToPage { tx.back_to_page } else { RuleTexts::of(lang).reset };
            h.open("p", &[("class", "rule-buttons")]);
            h.el("button", &[("type", "button"), ("data-rule-reset", "")], label);
            h.close("p");
        }
    }
}

/// "Reglen ændrer n af de 17 sundhedsråd."
fn changed_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Da, 0) => "Reglen ændrer intet i de 17 sundhedsråd.".into(),
        (Lang::En, 0) => "The rule changes nothing in the 17 councils.".into(),
        (Lang::Da, n) => format!("Reglen ændrer {n} af de 17 sundhedsråd; forskellene står i tabellerne."),
        (Lang::En, 1) => "The rule changes 1 of the 17 councils; the differences are in the tables.".into(),
        (Lang::En, n) => format!("The rule changes {n} of the 17 councils; the differences are in the tables."),
    }
}

/// The whole view for `choice`, or the model's error in its place.
pub fn page(choice: &Choice, overview: Result<Overview, ModelError>) -> String {
    let lang = choice.lang;
    let tx = t(lang);
    let mut h = Html::new();
    h.open("div", &[("class", "sr explore-view"), ("lang", lang.code())]);
    h.open("div", &[("class", "sr-head"), ("part", "header")]);
    h.el("h2", &[("id", "title-h")], if choice.regions_only { tx.regions_title } else { tx.title });
    h.open("div", &[("class", "lang"), ("role", "group"), ("aria-label", tx.language)]);
    for (l, label) in [(Lang::Da, "Dansk"), (Lang::En, "English")] {
        let pressed = if l == lang { "true" } else { "false" };
        h.el(
            "button",
            &[("type", "button"), ("lang", l.code()), ("data-lang", l.code()), ("aria-pressed", pressed)],
            label,
        );
    }
    h.close("div").close("div");
    let o = match overview {
        Ok(o) => o,
        Err(e) => {
            h.0.push_str(&error_box(lang, &e));
            // A rule of the reader's that the model rejects can be dropped here.
            if choice.back != Back::Page {
                back_control(&mut h, lang, choice.back);
            }
            h.close("div");
            return h.finish();
        }
    };
    h.0.push_str(&rule_note(lang, &o, choice.back));
    if !choice.regions_only {
        h.el("p", &[("class", "note")], tx.intro);
        h.open("div", &[("class", "ov-top")]);
        h.el("div", &[("class", "map-slot")], "");
        h.open("div", &[("class", "ov-controls")]);
        h.open("div", &[("class", "field")]);
        h.el("label", &[("for", "ov-measure")], tx.measure);
        h.open("select", &[("id", "ov-measure"), ("data-control", "measure")]);
        for m in MEASURES {
            let name = measure_name(m, lang).unwrap_or(m);
            if m == choice.measure {
                h.el("option", &[("value", m), ("selected", "")], name);
            } else {
                h.el("option", &[("value", m)], name);
            }
        }
        h.close("select").close("div");
        h.0.push_str(&overview_controls(lang, choice.pool, choice.year));
        let href = format!("data:text/csv;charset=utf-8,{}", percent_encode(&overview_csv(&o, lang)));
        let file = format!("sundhedsraad-oversigt.{}.csv", lang.code());
        h.open("p", &[]).el("a", &[("class", "csv"), ("href", &href), ("download", &file)], tx.csv).close("p");
        h.close("div").close("div");
        h.open("section", &[("class", "overview"), ("part", "overview")]);
        h.0.push_str(&overview_table(&o, lang, choice.column, choice.descending));
        h.close("section");
    }
    h.open("section", &[("class", "regions"), ("part", "regions")]);
    h.0.push_str(&regions_table(&o, lang));
    h.close("section");
    h.open("div", &[("class", "sr-foot"), ("part", "footer")]);
    h.el("p", &[], &format!("{} {}.", texts(lang).data_note, edition::EDITION_NAME));
    h.close("div").close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::overview::{overview, overview_or_published, yearly_pools};
    use crate::model::report::Options;

    fn choice(regions_only: bool, lang: Lang) -> Choice<'static> {
        Choice {
            regions_only,
            lang,
            column: Column::Name,
            descending: false,
            pool: yearly_pools()[0],
            year: 2027,
            measure: "members",
            back: Back::Page,
        }
    }

    /// The published rule with its second tier at 3 votes: Odense 2 → 3.
    fn three_votes() -> Options {
        use crate::model::votes::{Tier, VoteRule};
        let rule = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 3 }],
            ..VoteRule::default()
        };
        Options { rule, ..Options::default() }
    }

    /// The table row of council `id` (from its `<tr>` to its `</tr>`).
    fn row_of<'a>(html: &'a str, id: &str) -> &'a str {
        let at = html.find(&format!("data-raad=\"{id}\">")).unwrap();
        let start = html[..at].rfind("<tr").unwrap();
        let end = at + html[at..].find("</tr>").unwrap();
        &html[start..end]
    }

    /// The cells' texts of a row (`<th>` and `<td>`), tags removed.
    fn cells(row: &str) -> Vec<String> {
        let text = |cell: &str| {
            let mut out = String::new();
            let mut in_tag = false;
            for ch in cell.chars() {
                match ch {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out
        };
        row.split("</t").filter(|c| c.contains("<t")).map(|c| text(&c[c.rfind("<t").unwrap()..])).collect()
    }

    #[test]
    fn the_published_rule_shows_no_what_if() {
        let c = choice(false, Lang::Da);
        let html = page(&c, overview(&Options::default(), c.pool, c.year));
        for absent in ["rule-in-force", "anden regel", "offentliggjort regel", "Forskel fra", "data-rule-reset"] {
            assert!(!html.contains(absent), "{absent}");
        }
        // Fyn's row as before: name, region, then 9 municipalities, 1, 10, 11, 20, 20, 21.
        let fyn = cells(row_of(&html, "fyn"));
        assert_eq!(fyn[..9], ["Fyn", "Syddanmark", "9", "1", "10", "11", "20", "20", "21"], "{fyn:?}");
        // With a rule of the reader's that is the published one, nothing changes either.
        let c = Choice { back: Back::ToPublished, ..choice(false, Lang::Da) };
        assert_eq!(page(&c, overview(&Options::default(), c.pool, c.year)), html);
    }

    #[test]
    fn a_second_tier_of_3_votes_shows_fyn_under_both_rules_and_odense_in_words() {
        let c = Choice { back: Back::ToPublished, ..choice(false, Lang::Da) };
        let html = page(&c, overview_or_published(&three_votes(), c.pool, c.year));
        // The note: the rule in force, the published one, and the way back.
        assert!(html.contains("<strong>Beregnet med en anden regel end den offentliggjorte:</strong> kommunerne har stemmer efter indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000 eller flere: 3 stemmer)"), "{html}");
        assert!(html.contains("Den offentliggjorte regel (udspillet): kommunerne har stemmer efter indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000 eller flere: 2 stemmer)"));
        // Every council with a two-vote municipality changes (Figur 9's classes).
        let changed = edition::COUNCILS
            .iter()
            .enumerate()
            .filter(|(i, _)| edition::MUNICIPALITIES.iter().any(|m| m.council.0 == *i && m.published_votes == 2))
            .count();
        assert!(html.contains(&format!("Reglen ændrer {changed} af de 17 sundhedsråd; forskellene står i tabellerne.")));
        assert!(html
            .contains("<button type=\"button\" data-rule-reset=\"\">Tilbage til den offentliggjorte regel</button>"));
        // Fyn: votes 11 (10), regional members 12 (11), members 21 (20), Figur 9 20, weighted 23 (21).
        let fyn = cells(row_of(&html, "fyn"));
        assert_eq!(
            fyn[..13],
            [
                "Fyn",
                "Syddanmark",
                "+1 regionalt medlem; Odense: 2 → 3 stemmer",
                "9",
                "1",
                "11",
                "10",
                "12",
                "11",
                "21",
                "20",
                "20",
                "23"
            ],
            "{fyn:?}"
        );
        assert_eq!(fyn[13], "21", "weighted votes under the published rule");
        assert!(html.contains(">Kommunernes stemmer (anden regel)</button>"));
        assert!(html.contains(">Kommunernes stemmer (offentliggjort regel)</th>"));
        assert!(html.contains("<th scope=\"col\">Forskel fra den offentliggjorte regel</th>"));
        assert!(html.contains("<caption>Sundhedsrådene under en anden regel end den offentliggjorte, med den offentliggjorte regels tal ved siden af, sorteret efter"));
        // The regions: Syddanmark's seats under the other rule against 30 published and the regionsråd.
        let syd = html.split("<tr data-region=\"syddanmark\">").nth(1).unwrap().split("</tr>").next().unwrap();
        let syd = cells(syd);
        assert_eq!(syd[2..5], ["34", "30", "+4 regionale pladser"], "{syd:?}");
        assert_eq!(syd[5..7], ["31", "31"], "{syd:?}");
        assert!(html
            .contains("<caption>Regionale pladser i sundhedsrådene under en anden regel og under den offentliggjorte"));
        // The CSV link carries the what-if columns.
        assert!(html.contains("medlemmer%20(offentliggjort%20regel)"), "the CSV has the published rule's columns");
        let en = page(&Choice { lang: Lang::En, ..c.clone() }, overview_or_published(&three_votes(), c.pool, c.year));
        assert!(en.contains("<strong>Computed with another rule than the published one:</strong> the municipalities have votes by population (under 80,000 inhabitants: 1 vote; 80,000 or more: 3 votes)"), "{en}");
        assert!(cells(row_of(&en, "fyn")).contains(&"+1 regional member; Odense: 2 → 3 votes".to_string()));
        assert!(en.contains(">Back to the published rule</button>"));
        // A rule of the page's: a sentence, no button; the region view has the note too.
        let c = Choice { back: Back::Page, ..choice(true, Lang::Da) };
        let html = page(&c, overview_or_published(&three_votes(), c.pool, c.year));
        assert!(html.contains("Reglen er sat af siden, der viser beregneren.") && !html.contains("data-rule-reset"));
        assert!(html.contains("+4 regionale pladser") && !html.contains("overview-h"));
    }

    #[test]
    fn a_rule_that_needs_populations_names_them_and_shows_the_published_figures() {
        use crate::model::votes::{Tier, VoteRule};
        let rule = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 50_000, votes: 2 }],
            ..VoteRule::default()
        };
        let c = Choice { back: Back::ToPage, ..choice(false, Lang::Da) };
        let html = page(&c, overview_or_published(&Options { rule, ..Options::default() }, c.pool, c.year));
        assert!(
            html.contains("Med denne stemmeregel kan disse kommuner ikke placeres uden et indbyggertal: "),
            "{html}"
        );
        assert!(
            html.contains("Assens") && html.contains("Indtil da viser tallene nedenfor den offentliggjorte regel.")
        );
        assert!(html.contains(">Tilbage til sidens regel</button>"));
        // The figures are the published rule's, with no what-if columns.
        let fyn = cells(row_of(&html, "fyn"));
        assert_eq!(fyn[..9], ["Fyn", "Syddanmark", "9", "1", "10", "11", "20", "20", "21"], "{fyn:?}");
        assert!(!html.contains("(anden regel)"));
    }

    #[test]
    fn a_rejected_rule_of_the_readers_can_be_dropped() {
        let c = Choice { back: Back::ToPublished, ..choice(false, Lang::Da) };
        let html = page(&c, Err(ModelError::UnknownCouncil("x".into())));
        assert!(html.contains("role=\"alert\"") && html.contains("data-rule-reset"));
    }

    #[test]
    fn the_overview_has_map_slot_controls_table_regions_and_csv() {
        let c = choice(false, Lang::Da);
        let html = page(&c, overview(&Options::default(), c.pool, c.year));
        assert_eq!(html.matches("class=\"map-slot\"").count(), 1);
        assert!(html.contains("data-control=\"measure\""));
        assert!(html.contains("id=\"overview-h\""));
        assert!(html.contains("class=\"regions\""));
        assert!(html.contains("download=\"sundhedsraad-oversigt.da.csv\""));
        assert!(html.contains("<option value=\"members\" selected=\"\">Medlemmer</option>"));
    }

    #[test]
    fn the_region_view_has_only_the_regions() {
        let c = choice(true, Lang::En);
        let html = page(&c, overview(&Options::default(), c.pool, c.year));
        assert!(html.contains("The four regions"));
        assert!(!html.contains("map-slot") && !html.contains("overview-h"));
    }

    #[test]
    fn an_error_is_shown_in_place_of_the_figures() {
        let c = choice(false, Lang::Da);
        let html = page(&c, Err(ModelError::UnknownCouncil("<x>".into())));
        assert!(html.contains("role=\"alert\"") && html.contains("&lt;x&gt;"));
        assert!(!html.contains("overview-h"));
    }
}
