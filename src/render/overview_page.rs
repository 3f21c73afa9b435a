//! The views of all councils at once, as HTML text: `view="oversigt"` (the
//! map shaded by a measure, its controls, the table of all 17 councils and
//! the regions) and `view="region"` (the four regions). The explore module
//! renders them; the map itself is drawn into `.map-slot` afterwards.

use super::overview::{overview_controls, overview_table, regions_table};
use super::{percent_encode, Html};
use crate::export::overview_csv;
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::edition::{self, PoolId};
use crate::model::overview::{Column, Overview};
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
}

struct T {
    title: &'static str,
    regions_title: &'static str,
    language: &'static str,
    measure: &'static str,
    csv: &'static str,
    error: &'static str,
    intro: &'static str,
}

const DA: T = T {
    title: "Alle 17 sundhedsråd",
    regions_title: "De fire regioner og deres sundhedsråd",
    language: "Sprog",
    measure: "Farv kortet efter",
    csv: "Hent tabellen som CSV (med kilder)",
    error: "Fejl",
    intro: "Vælg et sundhedsråd på kortet eller i tabellen for at se det. Tabellen er kortets tal; sorter den med knapperne i kolonneoverskrifterne.",
};

const EN: T = T {
    title: "All 17 health councils",
    regions_title: "The four regions and their health councils",
    language: "Language",
    measure: "Shade the map by",
    csv: "Download the table as CSV (with sources)",
    error: "Error",
    intro: "Choose a council on the map or in the table to see it. The table holds the map's figures; sort it with the buttons in the column headers.",
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
            h.close("div");
            return h.finish();
        }
    };
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
    use crate::model::overview::{overview, yearly_pools};
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
        }
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
