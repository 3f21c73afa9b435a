//! "My municipality's money" (issue 12): the chosen municipality's
//! illustrative part of each of its council's envelopes, for every year,
//! once a population is supplied ([`crate::model::municipality_money`]).
//! Drawn by the explore module after the municipality's section; labelled
//! as an illustration throughout (DOMAIN.md §4).

use super::money::{level_class, nested, pool_row_header, year_header};
use super::Html;
use crate::i18n::sentences::key_label;
use crate::i18n::texts::texts;
use crate::i18n::{format_decimal, format_int, Lang};
use crate::model::edition::POOLS;
use crate::model::envelope::Basis;
use crate::model::municipality_money::municipality_money;
use crate::model::report::Report;

/// The section's content for municipality `code` (none: empty, and so is a
/// municipality without a population).
pub fn section(r: &Report, code: Option<u16>, lang: Lang) -> String {
    let t = texts(lang);
    let m = match code.map(|c| municipality_money(r, c)) {
        Some(Ok(Some(m))) => m,
        Some(Err(e)) => {
            let mut h = Html::new();
            h.el("p", &[("class", "msg")], &e.message(lang));
            return h.finish();
        }
        _ => return String::new(),
    };
    let (name, pop, council_pop) = (m.name, format_int(m.population, lang), format_int(m.council_population, lang));
    let mut h = Html::new();
    let heading = match lang {
        Lang::Da => format!("{name}: andel år for år (illustration)"),
        Lang::En => format!("{name}: share year by year (illustration)"),
    };
    h.el("h3", &[("id", "muni-money-h")], &heading);
    let note = match lang {
        Lang::Da => format!(
            "Sådan ville {name}s andel se ud, hvis rådets beløb blev fordelt efter indbyggertal: {pop} af rådets ca. {council_pop} indbyggere (Figur 9). Kilderne har ingen nøgle for, hvordan et sundhedsråds midler fordeles mellem kommunerne, så tallene er en illustration, ikke kommunens midler."
        ),
        Lang::En => format!(
            "What {name}'s share would be if the council's amounts were split by population: {pop} of the council's about {council_pop} inhabitants (Figure 9). The sources give no key for splitting a council's money among its municipalities, so these figures are an illustration, not the municipality's money."
        ),
    };
    h.el("p", &[("class", "note")], &note);
    let caption = match lang {
        Lang::Da => format!("{name}: illustration, mio. kr."),
        Lang::En => format!("{name}: illustration, DKK million"),
    };
    h.open_table_wrap(&caption, t.scroll_hint);
    h.open("table", &[("class", "money muni-money"), ("part", "table")]).el("caption", &[], &caption);
    year_header(&mut h, t.pool);
    h.open("tbody", &[]);
    let (mut gap, mut estimate) = (false, false);
    // In the pools' hierarchy, as the council's money table above.
    for (row, level) in nested(&m.rows, |row| row.pool) {
        h.open("tr", &[("data-pool", POOLS[row.pool.0].id), ("class", level_class(level))]);
        pool_row_header(&mut h, row.pool, level, lang, t);
        for (_, part, basis) in &row.years {
            estimate |= *basis == Basis::Estimate;
            match part {
                Some(p) => h.el("td", &[("class", "num")], &format_decimal(*p, 1, lang)),
                None => {
                    gap = true;
                    h.el("td", &[("class", "num gap")], "–")
                }
            };
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    if estimate {
        let key = key_label(lang, &r.options.key);
        let text = match lang {
            Lang::Da => format!("Rådets beløb er selv et skøn efter nøglen «{key}», hvor intet officielt beløb er givet (se pengene nedenfor)."),
            Lang::En => format!("The council's amounts are themselves an estimate by the key «{key}» where no official amount is given (see the money below)."),
        };
        h.el("p", &[("class", "note")], &text);
    }
    if gap {
        h.el("p", &[("class", "note")], t.gap_note);
    }
    h.finish()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};
    use crate::model::votes::Populations;

    #[test]
    fn a_table_per_year_labelled_as_an_illustration() {
        let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        let da = section(&r, Some(461), Lang::Da);
        assert!(da.contains("Odense: andel år for år (illustration)"));
        assert!(da.contains("<th scope=\"col\" class=\"num\">2027</th>"));
        assert!(da.contains("ikke kommunens midler"));
        assert!(section(&r, Some(461), Lang::En).contains("an illustration, not the municipality"));
        // Without a population, or without a municipality: nothing.
        assert_eq!(section(&r, Some(420), Lang::Da), "");
        assert_eq!(section(&r, None, Lang::Da), "");
    }

    #[test]
    fn the_pools_nest_as_in_the_council_money_table() {
        let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        let da = section(&r, Some(461), Lang::Da);
        // The same rows, in the same order and at the same levels, as the council's table.
        let council = crate::render::money::money(&r, Lang::Da);
        let rows = |html: &str| -> Vec<String> {
            html.split("<tr data-pool=\"")
                .skip(1)
                .map(|rest| rest.split("\">").next().unwrap_or_default().to_string())
                .collect()
        };
        let muni = rows(&da);
        assert!(!muni.is_empty());
        let council_rows: Vec<String> = rows(&council).into_iter().filter(|r| muni.contains(r)).collect();
        assert_eq!(muni, council_rows);
        assert!(muni.iter().any(|r| r.ends_with("class=\"level-2")), "{muni:?}");
        assert!(da.contains("<th scope=\"row\">heraf: "));
    }
}
