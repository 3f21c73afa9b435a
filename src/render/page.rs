//! The whole widget for one council and language, rendered to HTML text at
//! build time (`src/bin/prerender.rs`): the first paint before the wasm has
//! loaded, and the widget of a reader without JavaScript.
//!
//! It is the markup the Leptos view (`crate::ui`) builds for the same council
//! and language in its first state (no municipality chosen, the simulator
//! closed, the published key and "latest for each figure"): the same
//! elements, classes and text, with the output sections rendered by the
//! very functions the view uses. The end-to-end test `prerender.spec.mjs`
//! compares the two in the browser, so the shells cannot drift apart.
//!
//! Only here: a list of links to every council, shown only where scripting
//! is off (`@media (scripting: none)` in `style/prerender.css`), since the
//! controls need the wasm; and on a council's own page, a CSV link to the
//! file beside it, so a reader without JavaScript can download the table.

use super::{controls, money, seats, votes, Html};
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::edition::{self, RegionId, REGIONS};
use crate::model::envelope::Key;
use crate::model::report::Report;

/// Where the list of councils for readers without JavaScript links to.
#[derive(Clone, Copy, Debug)]
pub enum Links {
    /// `?raad=<id>` (with the given parameter name) on the embedding page:
    /// a host that includes the prerendered fallback by that parameter
    /// shows the council, and with JavaScript the widget reads the same
    /// parameter (`url-param`), so one address works both ways.
    Param(&'static str),
    /// The static page of each council beside this one: `<id>.<lang>.html`.
    Files,
}

/// The widget's markup inside its shadow root, after the stylesheet: the
/// view's container `<div>` and everything in it.
pub fn widget(r: &Report, lang: Lang, links: Links) -> String {
    let t = texts(lang);
    let mut h = Html::new();
    // The container says the markup is prerendered: the element waits for the
    // wasm's own container (tests and tools tell them apart by it).
    h.open("div", &[("data-prerendered", "")]).open("div", &[("class", "sr"), ("lang", lang.code())]);

    // Header: title and the language buttons (as `ui::app::App`).
    h.open("div", &[("class", "sr-head"), ("part", "header")]);
    h.el("h2", &[("id", "title-h")], &format!("{} {}", t.title, r.council.name));
    h.open("div", &[("class", "lang"), ("role", "group"), ("aria-label", t.language)]);
    for (l, label) in [(Lang::Da, "Dansk"), (Lang::En, "English")] {
        let pressed = if l == lang { "true" } else { "false" };
        h.el("button", &[("type", "button"), ("lang", l.code()), ("aria-pressed", pressed)], label);
    }
    h.close("div").close("div");

    // Chooser (as `ui::chooser::Chooser`).
    h.open("div", &[("class", "chooser"), ("part", "chooser")]);
    h.open("div", &[("class", "field")]).el("label", &[("for", "raad")], t.choose_council);
    h.open("select", &[("id", "raad")]);
    raw(&mut h, &controls::council_options(r.council.id));
    h.close("select").close("div");
    h.open("div", &[("class", "field")]).el("label", &[("for", "find")], t.find);
    h.open(
        "input",
        &[
            ("id", "find"),
            ("type", "search"),
            ("list", "find-list"),
            ("autocomplete", "off"),
            ("aria-describedby", "find-hint find-msg"),
        ],
    );
    h.open("datalist", &[("id", "find-list")]);
    raw(&mut h, &controls::find_suggestions());
    h.close("datalist");
    h.el("p", &[("id", "find-hint"), ("class", "hint")], t.find_hint);
    h.el("p", &[("id", "find-msg"), ("class", "hint warn"), ("role", "status")], "");
    // What the forgiving search found (js/sundhedsraad.js adds it to the live view).
    h.el("p", &[("id", "find-found"), ("class", "find-found hint"), ("role", "status")], "");
    h.close("div");
    // The map's reserved box (js/sundhedsraad.js adds it to the live view, and
    // the explore module draws the map into it).
    h.el("div", &[("class", "map-slot"), ("part", "map")], "");
    h.close("div");
    councils_nav(&mut h, r, lang, links);

    // Output sections (as `ui::seats`).
    h.open("section", &[("class", "seats"), ("part", "seats")]);
    raw(&mut h, &seats::seats(r, lang));
    h.close("section");
    h.open("section", &[("class", "votes"), ("part", "votes")]);
    raw(&mut h, &votes::votes(r, lang, None));
    h.close("section");
    // The rule panel and voting power, drawn by the explore module
    // (js/sundhedsraad.js adds the slots to the live view).
    h.el("section", &[("class", "rule-slot"), ("part", "rule")], "");
    h.el("section", &[("class", "power-slot"), ("part", "power")], "");

    // The municipality section (as `ui::municipality::MunicipalityView`).
    h.open("section", &[("class", "muni"), ("part", "municipality")]);
    h.el("h3", &[("id", "muni-h")], t.muni_view);
    h.open("div", &[("class", "field")]).el("label", &[("for", "muni")], t.choose_muni);
    h.open("select", &[("id", "muni")]);
    raw(&mut h, &controls::municipality_options(Some(r.council_id), None, t.none_chosen));
    h.close("select").close("div");
    h.el("div", &[("class", "result"), ("aria-live", "polite")], "");
    h.close("section");

    // The municipality's money, drawn by the explore module (a slot).
    h.el("section", &[("class", "muni-money-slot"), ("part", "muni-money")], "");

    // The vote simulator, closed (as `ui::motion::Motion`).
    h.open("section", &[("class", "motion"), ("part", "motion")]);
    h.el("h3", &[("id", "motion-h")], t.motion_title);
    h.open("details", &[]).el("summary", &[], t.motion_open);
    h.el("p", &[("class", "note")], t.motion_note);
    h.el("div", &[("class", "motion-box")], "");
    h.close("details").close("section");

    // Money (as `ui::envelopes::Envelopes`).
    h.open("section", &[("class", "money-section"), ("part", "money")]);
    h.el("h3", &[("id", "money-h")], t.envelopes);
    h.open("form", &[("class", "controls")]);
    h.open("div", &[("class", "field")]).el("label", &[("for", "edition")], t.edition);
    h.open("select", &[("id", "edition")]);
    raw(&mut h, &controls::edition_options(r.options.edition, t.edition_latest));
    h.close("select").close("div");
    h.open("fieldset", &[]).el("legend", &[], t.key);
    let key = match r.options.key {
        Key::Population => "population",
        Key::Anlaeg => "anlaeg",
        Key::Custom(_) => "custom",
    };
    for (id, label) in [("population", t.key_population), ("anlaeg", t.key_anlaeg)] {
        h.open("label", &[("class", "radio")]);
        if id == key {
            h.open("input", &[("type", "radio"), ("name", "key"), ("value", id), ("checked", "")]);
        } else {
            h.open("input", &[("type", "radio"), ("name", "key"), ("value", id)]);
        }
        h.text(label).close("label");
    }
    h.close("fieldset").close("form");
    h.el("p", &[("class", "note")], t.estimate_note);
    h.open("div", &[("class", "money-out")]);
    raw(&mut h, &money::money(r, lang));
    h.close("div").open("div", &[("class", "money-national")]);
    raw(&mut h, &money::national(r.options.edition, lang));
    h.close("div");
    let file = format!("sundhedsraad-{}.csv", r.council.id);
    h.open("p", &[]);
    match links {
        // The live view makes the file when the reader asks; without script it is hidden.
        Links::Param(_) => h.el("a", &[("class", "csv"), ("href", "#"), ("download", &file)], t.download_csv),
        // A council's own page has its CSV beside it (`csv_file_name`).
        Links::Files => h.el(
            "a",
            &[("class", "csv static"), ("href", &csv_file_name(r.council.id, lang)), ("download", &file)],
            t.download_csv,
        ),
    };
    h.close("p").close("section");
    // How the pools add up, drawn by the explore module (a slot).
    h.el("section", &[("class", "money-check-slot"), ("part", "money-check")], "");

    // Footer (as `ui::app::App`).
    h.open("div", &[("class", "sr-foot"), ("part", "footer")]).open("div", &[]);
    raw(&mut h, &money::sources(lang));
    h.close("div");
    h.el("p", &[], &format!("{} {}.", t.data_note, edition::EDITION_NAME));
    h.close("div");

    h.close("div").close("div");
    h.finish()
}

/// The name of a council's CSV beside its own page ([`Links::Files`]).
pub fn csv_file_name(id: &str, lang: Lang) -> String {
    format!("{id}.{}.csv", lang.code())
}

/// Every council, grouped by region, as links: the way to the rest of the
/// data set without JavaScript. Hidden where scripting runs (the widget's
/// own chooser does the job there).
fn councils_nav(h: &mut Html, r: &Report, lang: Lang, links: Links) {
    let (label, intro) = match lang {
        Lang::Da => {
            ("Alle sundhedsråd", "Uden JavaScript kan du ikke bruge vælgeren. Hvert sundhedsråd har sin egen side:")
        }
        Lang::En => {
            ("All health councils", "Without JavaScript the chooser does not work. Each council has a page of its own:")
        }
    };
    h.open("nav", &[("class", "nojs"), ("aria-label", label)]);
    h.el("p", &[], intro);
    h.open("ul", &[]);
    for (i, region) in REGIONS.iter().enumerate() {
        h.open("li", &[]).text(region.name).open("ul", &[]);
        for (_, c) in edition::councils_of(RegionId(i)) {
            let href = match links {
                Links::Param(name) => format!("?{name}={}", c.id),
                Links::Files => format!("{}.{}.html", c.id, lang.code()),
            };
            h.open("li", &[]);
            if c.id == r.council.id {
                h.el("a", &[("href", &href), ("aria-current", "page")], c.name);
            } else {
                h.el("a", &[("href", &href)], c.name);
            }
            h.close("li");
        }
        h.close("ul").close("li");
    }
    h.close("ul").close("nav");
}

/// Appends HTML text this module's siblings rendered (already escaped).
fn raw(h: &mut Html, html: &str) {
    h.0.push_str(html);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn one_council_in_full_with_links_to_every_other() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let s = widget(&r, Lang::Da, Links::Param("raad"));
        assert!(s.starts_with("<div data-prerendered=\"\"><div class=\"sr\" lang=\"da\">"));
        assert!(s.contains("<h2 id=\"title-h\">Sundhedsråd Fyn</h2>"), "{}", &s[..300]);
        assert!(s.contains("<option value=\"fyn\" selected=\"\">Fyn</option>"));
        assert_eq!(s.matches("<a href=\"?raad=").count(), 17);
        assert!(s.contains("<a href=\"?raad=fyn\" aria-current=\"page\">Fyn</a>"));
        assert!(s.contains("<a class=\"csv\" href=\"#\" download=\"sundhedsraad-fyn.csv\">"), "as the live view");
        assert!(s.contains(&seats::seats(&r, Lang::Da)));
        assert!(s.contains(&money::money(&r, Lang::Da)));
        let en = widget(&r, Lang::En, Links::Files);
        assert!(en.contains("<a href=\"aarhus.en.html\">Aarhus</a>"));
        assert!(en.contains("aria-pressed=\"true\">English</button>"));
        assert!(en.contains("<a class=\"csv static\" href=\"fyn.en.csv\""), "a file beside the page");
    }
}
