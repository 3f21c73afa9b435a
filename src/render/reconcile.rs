//! "Sådan hænger puljerne sammen" (issue 12): the council's total against
//! the municipal frame plus the regional frame, with the subtotal and the
//! difference year by year, said in words where the figures come from
//! different documents or do not add up ([`crate::model::reconcile`]); the
//! other pools named under their side, never summed; anlæg outside. Drawn by
//! the explore module after the council's money section.

use super::money::year_header;
use super::Html;
use crate::i18n::sentences::pool_name;
use crate::i18n::texts::texts;
use crate::i18n::{format_decimal, Lang};
use crate::model::edition::{self, PoolId, DOCUMENTS, POOLS};
use crate::model::reconcile::{reconcile, Figure, Year};
use crate::model::report::Report;
use rust_decimal::Decimal;

/// The section's content for the report's council.
pub fn section(r: &Report, lang: Lang) -> String {
    let t = texts(lang);
    let rec = reconcile(r);
    let name = |id: &str| edition::pool_by_id(id).map_or("", |p| pool_name(lang, &POOLS[p.0]));
    let mut h = Html::new();
    let (heading, intro) = match lang {
        Lang::Da => (
            "Sådan hænger puljerne sammen",
            format!(
                "«{}» er den kommunale ramme plus den regionale ramme. Anlæg (fysiske rammer) ligger uden for.",
                name("sundhedsraad_total")
            ),
        ),
        Lang::En => (
            "How the pools add up",
            format!(
                "«{}» is the municipal frame plus the regional frame. Capital (anlæg) lies outside it.",
                name("sundhedsraad_total")
            ),
        ),
    };
    h.el("h3", &[("id", "money-check-h")], heading);
    h.el("p", &[("class", "note")], &intro);
    let caption = match lang {
        Lang::Da => format!("{}: i alt og de to rammer, mio. kr.", r.council.name),
        Lang::En => format!("{}: the total and its two frames, DKK million", r.council.name),
    };
    h.open_table_wrap(&caption, t.scroll_hint);
    h.open("table", &[("class", "money money-check"), ("part", "table")]).el("caption", &[], &caption);
    year_header(&mut h, t.pool);
    h.open("tbody", &[]);
    let row = |h: &mut Html, label: &str, class: &str, cells: Vec<Option<Decimal>>, signed: bool| {
        h.open("tr", &[("class", class)]).el("th", &[("scope", "row")], label);
        for c in cells {
            let text = match c {
                Some(d) if signed && d > Decimal::ZERO => format!("+{}", format_decimal(d, 1, lang)),
                Some(d) => format_decimal(d, 1, lang),
                None => "–".to_string(),
            };
            h.el("td", &[("class", "num")], &text);
        }
        h.close("tr");
    };
    let years = &rec.years;
    let of = |f: fn(&Year) -> Figure| years.iter().map(|y| f(y).council).collect::<Vec<_>>();
    row(&mut h, name("sundhedsraad_total"), "total", of(|y| y.total), false);
    row(&mut h, name("kommunal_ramme"), "part", of(|y| y.municipal), false);
    row(&mut h, name("regional_ramme"), "part", of(|y| y.regional), false);
    let (sum, diff) = match lang {
        Lang::Da => ("Kommunal + regional ramme", "Forskel: i alt − rammerne"),
        Lang::En => ("Municipal + regional frame", "Difference: total − frames"),
    };
    row(&mut h, sum, "subtotal", years.iter().map(Year::council_parts).collect(), false);
    row(&mut h, diff, "difference", years.iter().map(Year::council_difference).collect(), true);
    h.close("tbody").close("table").close("div");
    let notes: Vec<String> = years.iter().filter_map(|y| year_note(y, lang)).collect();
    if !notes.is_empty() {
        h.open("ul", &[("class", "money-check-notes")]);
        for n in &notes {
            h.el("li", &[], n);
        }
        h.close("ul");
    }
    for (side, parts) in [(true, &rec.municipal_parts), (false, &rec.regional_parts)] {
        if parts.is_empty() {
            continue;
        }
        let names: Vec<&str> = parts.iter().map(|p: &PoolId| pool_name(lang, &POOLS[p.0])).collect();
        let list = names.join("; ");
        let text = match (lang, side) {
            (Lang::Da, true) => format!("Andre puljer på den kommunale side, som kilderne nævner (dele af den kommunale ramme; de overlapper og lægges ikke sammen): {list}."),
            (Lang::Da, false) => format!("Andre puljer på den regionale side (de lægges ikke sammen med rammen): {list}."),
            (Lang::En, true) => format!("Other pools on the municipal side that the sources name (parts of the municipal frame; they overlap and are not added up): {list}."),
            (Lang::En, false) => format!("Other pools on the regional side (not added to the frame): {list}."),
        };
        h.el("p", &[("class", "note")], &text);
    }
    h.finish()
}

/// The document of a figure, as its short name.
fn doc(f: &Figure) -> &'static str {
    f.document.map_or("–", |d| DOCUMENTS[d.0].short)
}

/// Why a year's figures do not add up (or that only rounding separates
/// them); `None` when they add up exactly or a figure is missing.
fn year_note(y: &Year, lang: Lang) -> Option<String> {
    let diff = y.council_difference()?;
    if diff.is_zero() {
        return None;
    }
    let year = y.year;
    let d = format_decimal(diff.abs(), 6, lang);
    if y.rounding_only() {
        return Some(match lang {
            Lang::Da => format!("{year}: forskellen på {d} mio. kr. er afrunding: hver pulje fordeles på de 17 råd til kroner for sig."),
            Lang::En => format!("{year}: the difference of {d} mio. kr. is rounding: each pool is split among the 17 councils to the krone on its own."),
        });
    }
    let (total, m, reg) = (doc(&y.total), doc(&y.municipal), doc(&y.regional));
    let national = match (y.total.national, y.national_parts(), y.national_difference()) {
        (Some(t), Some(p), Some(nd)) => {
            let (t, p, nd) =
                (format_decimal(t, 0, lang), format_decimal(p, 0, lang), format_decimal(nd.abs(), 0, lang));
            match lang {
                Lang::Da => format!(" Nationalt: rammerne {p} mod i alt {t} (forskel {nd})."),
                Lang::En => format!(" Nationally: the frames {p} against the total {t} (difference {nd})."),
            }
        }
        _ => String::new(),
    };
    let why = if y.mixed_editions() {
        match lang {
            Lang::Da => format!("i alt er fra {total}, den kommunale ramme fra {m} og den regionale fra {reg}: tallene er fra forskellige dokumenter og summer derfor ikke."),
            Lang::En => format!("the total is from {total}, the municipal frame from {m} and the regional one from {reg}: the figures come from different documents and so do not add up."),
        }
    } else {
        match lang {
            Lang::Da => format!("alle tre er fra {total}, men summer ikke i kilden."),
            Lang::En => format!("all three are from {total}, but do not add up in the source."),
        }
    };
    let d1 = format_decimal(diff.abs(), 1, lang);
    Some(match lang {
        Lang::Da => format!("{year}: rammerne og i alt er {d1} mio. kr. fra hinanden; {why}{national} Vælg ét dokument under «Udgave» for tal, der hører sammen."),
        Lang::En => format!("{year}: the frames and the total are {d1} mio. kr. apart; {why}{national} Choose one document under «Edition» for figures that belong together."),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::edition::document_by_id;
    use crate::model::report::{calculate, Options};

    #[test]
    fn mixed_editions_are_named_with_their_difference() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let da = section(&r, Lang::Da);
        assert!(da.contains("Kommunal + regional ramme"));
        assert!(da.contains("2027: rammerne og i alt er"), "{da}");
        assert!(da.contains("Nationalt: rammerne 1.090 mod i alt 1.065 (forskel 25)"), "{da}");
        assert!(da.contains("fra forskellige dokumenter"));
        assert!(section(&r, Lang::En).contains("Nationally: the frames 1,090 against the total 1,065 (difference 25)."));
    }

    #[test]
    fn one_document_adds_up_and_says_at_most_rounding() {
        let o = Options { edition: document_by_id("udspil-2024"), ..Options::default() };
        let da = section(&calculate("fyn", &o).unwrap(), Lang::Da);
        assert!(!da.contains("forskellige dokumenter"), "{da}");
        assert!(!da.contains("2027: rammerne og i alt er"));
        // Tabel 1's own 2029: 1,255 + 1,815 = 3,070 against 3,065.
        assert!(da.contains("alle tre er fra Udspil 2024, men summer ikke i kilden. Nationalt: rammerne 3.070 mod i alt 3.065 (forskel 5)."), "{da}");
    }
}
