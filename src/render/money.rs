//! The money section's output: the phase-in chart with its table, a matrix of
//! the council's amounts (pools × years), each pool's national figures with
//! their sources one click away, the anlæg amount, and the CSV link.

use super::{percent_encode, Html};
use crate::export::report_csv;
use crate::i18n::sentences::{
    council_amounts_caption, figure_note, official_amount, phase_in_caption, pool_name, source_place, Shown,
};
use crate::i18n::texts::{texts, Texts};
use crate::i18n::{format_decimal, format_int, Lang};
use crate::model::edition::{self, pool_by_id, DocumentId, Figure, PoolId, Side, POOLS};
use crate::model::envelope::{Basis, PoolEnvelope, YEARS};
use crate::model::report::Report;
use rust_decimal::Decimal;

/// Formats an amount as published: as many decimals as the source gave.
pub fn published(d: Decimal, lang: Lang) -> String {
    format_decimal(d, d.normalize().scale(), lang)
}

/// "Udspil 2024, Tabel 1 (2025-PL)", in the language, with the figure's
/// note after a dash when it has one.
pub fn source_label(f: &Figure, lang: Lang) -> String {
    let (doc, place) = (edition::source_of(f.source).short, source_place(lang, f.source));
    let mut s = match f.price_level {
        Some(p) => format!("{doc}, {place} ({p})"),
        None => format!("{doc}, {place}"),
    };
    match figure_note(lang, f) {
        "" => {}
        note => s = format!("{s} – {note}"),
    }
    s
}

/// The header row of a table by year: `first`, then the years.
pub(crate) fn year_header(h: &mut Html, first: &str) {
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], first);
    for y in YEARS {
        h.el("th", &[("scope", "col"), ("class", "num")], &y.to_string());
    }
    h.close("tr").close("thead");
}

/// Where a pool sits in the money table's hierarchy: the councils' total
/// (0), one of the frames the total is made of (1), or a pool within the
/// frame of its side (2, "heraf").
pub fn pool_level(pool: PoolId) -> u8 {
    let p = &POOLS[pool.0];
    if p.side == Side::Total {
        return 0;
    }
    let is_frame = POOLS.iter().any(|t| t.side == Side::Total && t.parts.contains(&pool));
    if is_frame {
        1
    } else {
        2
    }
}

/// The report's envelopes in the order of the hierarchy: the total, then
/// each of its frames followed by the other pools of that frame's side;
/// anything else after, as it comes.
pub fn pool_rows(envelopes: &[PoolEnvelope]) -> Vec<(&PoolEnvelope, u8)> {
    nested(envelopes, |e| e.pool)
}

/// Rows of any kind that belong to a pool (`pool` says which), in the order
/// of the pools' hierarchy ([`pool_rows`]), each with its level.
pub fn nested<T>(items: &[T], pool: impl Fn(&T) -> PoolId) -> Vec<(&T, u8)> {
    let mut order: Vec<PoolId> = Vec::new();
    for (i, total) in POOLS.iter().enumerate().filter(|(_, p)| p.side == Side::Total) {
        order.push(PoolId(i));
        for &frame in total.parts {
            order.push(frame);
            let side = POOLS[frame.0].side;
            order.extend(
                (0..POOLS.len()).map(PoolId).filter(|&q| POOLS[q.0].side == side && q != frame && pool_level(q) == 2),
            );
        }
    }
    let mut rows: Vec<(&T, u8)> =
        order.iter().filter_map(|&id| items.iter().find(|e| pool(e) == id)).map(|e| (e, pool_level(pool(e)))).collect();
    for e in items {
        if !order.contains(&pool(e)) {
            rows.push((e, 0));
        }
    }
    rows
}

/// A pool's row header at its `level` of the hierarchy: a pool within a
/// frame is said to be part of it ("heraf: …").
pub fn pool_row_header(h: &mut Html, pool: PoolId, level: u8, lang: Lang, t: &Texts) {
    let name = pool_name(lang, &POOLS[pool.0]);
    if level >= 2 {
        h.el("th", &[("scope", "row")], &format!("{}: {name}", t.of_which));
    } else {
        h.el("th", &[("scope", "row")], name);
    }
}

/// The class of a row at `level` of the pools' hierarchy (indentation).
pub fn level_class(level: u8) -> &'static str {
    ["level-0", "level-1", "level-2"][usize::from(level.min(2))]
}

/// The council's amounts: one row per pool, one column per year, in the
/// pools' hierarchy (indented, with "heraf" before a pool within a frame).
fn matrix(h: &mut Html, r: &Report, lang: Lang, t: &Texts) {
    let shown = Shown::of(r.envelopes.iter().flat_map(|e| e.years.iter().map(|y| y.basis)));
    let caption = council_amounts_caption(lang, r.council.name, &r.options.key, shown);
    h.open_table_wrap(&caption, t.scroll_hint);
    h.open("table", &[("class", "money matrix"), ("part", "table")]);
    h.el("caption", &[], &caption);
    year_header(h, t.pool);
    h.open("tbody", &[]);
    let mut gap = false;
    for (env, level) in pool_rows(&r.envelopes) {
        h.open("tr", &[("data-pool", POOLS[env.pool.0].id), ("class", level_class(level))]);
        pool_row_header(h, env.pool, level, lang, t);
        for y in &env.years {
            match (y.council, y.basis) {
                (Some(a), Basis::Official) => h.el("td", &[("class", "num official")], &official_amount(lang, a)),
                (Some(a), _) => h.el("td", &[("class", "num")], &format_decimal(a, 1, lang)),
                (None, _) => {
                    gap = true;
                    h.el("td", &[("class", "num gap"), ("title", t.unpublished)], "–")
                }
            };
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.el("p", &[("class", "note nesting")], t.pools_nesting);
    if gap {
        h.el("p", &[("class", "note")], t.gap_note);
    }
}

/// One pool's national figures by year, each with its source: the same for
/// every council, so rendered apart from the council's amounts.
fn pool_details(h: &mut Html, pool: PoolId, edition: Option<DocumentId>, lang: Lang, t: &Texts) {
    let name = pool_name(lang, &POOLS[pool.0]);
    h.open("details", &[("class", "pool")]);
    h.el("summary", &[], &format!("{}: {}", t.sources_for, name));
    let caption = format!("{name} – {}", t.national);
    h.open_table_wrap(&caption, t.scroll_hint);
    h.open("table", &[("class", "money"), ("part", "table")]);
    h.el("caption", &[], &caption);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t.year);
    h.el("th", &[("scope", "col"), ("class", "num")], t.national);
    h.el("th", &[("scope", "col")], t.source);
    h.close("tr").close("thead").open("tbody", &[]);
    // Equal decimals down the column (DKFDS): as many as the most precise
    // figure the sources give (a mixed edition has 312,5 beside 1.400).
    let scale = YEARS
        .filter_map(|y| edition::figure_for_year(pool, edition, y))
        .map(|f| f.amount.decimal().normalize().scale())
        .max()
        .unwrap_or(0);
    for year in YEARS {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], &year.to_string());
        match edition::figure_for_year(pool, edition, year) {
            Some(f) => {
                h.el("td", &[("class", "num")], &format_decimal(f.amount.decimal(), scale, lang));
                h.el("td", &[("class", "src")], &source_label(f, lang));
            }
            None => {
                h.el("td", &[("class", "num gap")], t.unpublished);
                h.el("td", &[("class", "src")], "");
            }
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div").close("details");
}

/// The national figures of every pool with yearly figures in `edition`
/// (`None`: the latest edition for each figure), with their sources.
pub fn national(edition: Option<DocumentId>, lang: Lang) -> String {
    let t = texts(lang);
    let mut h = Html::new();
    for (i, p) in POOLS.iter().enumerate() {
        let pool = PoolId(i);
        if p.side != Side::Capital && YEARS.into_iter().any(|y| edition::figure_for_year(pool, edition, y).is_some()) {
            pool_details(&mut h, pool, edition, lang, t);
        }
    }
    h.finish()
}

/// Bars of the council's total by year, with a text alternative; a year
/// without a figure has no bar and says so.
fn phase_in(h: &mut Html, r: &Report, lang: Lang) {
    let total = pool_by_id("sundhedsraad_total");
    let Some(env) = r.envelopes.iter().find(|e| Some(e.pool) == total) else { return };
    let kroner = |d: Decimal| crate::model::money::to_kroner(d).unwrap_or(0);
    let max = env.years.iter().filter_map(|y| y.council).map(kroner).max().unwrap_or(1).max(1);
    let (w, hgt, bar) = (300u32, 150u32, 40u32);
    h.open("figure", &[("class", "chart"), ("part", "chart")]);
    h.open(
        "svg",
        &[
            ("role", "img"),
            ("aria-labelledby", "phase-caption"),
            ("viewBox", &format!("0 0 {w} {hgt}")),
            ("width", &w.to_string()),
            ("height", &hgt.to_string()),
            ("focusable", "false"),
        ],
    );
    for (i, y) in env.years.iter().enumerate() {
        let x = 10 + i as u32 * 58;
        let height = y.council.map(|v| u32::try_from(kroner(v) * i128::from(hgt - 45) / max).unwrap_or(0)).unwrap_or(0);
        if height > 0 {
            h.open(
                "rect",
                &[
                    ("class", "bar"),
                    ("x", &x.to_string()),
                    ("y", &(hgt - 20 - height).to_string()),
                    ("width", &bar.to_string()),
                    ("height", &height.to_string()),
                ],
            )
            .close("rect");
        }
        let label = y.council.map(|v| format_decimal(v, 0, lang)).unwrap_or_else(|| "–".into());
        let cx = (x + bar / 2).to_string();
        h.el("text", &[("x", &cx), ("y", &(hgt - 25 - height).to_string()), ("text-anchor", "middle")], &label);
        h.el("text", &[("x", &cx), ("y", &(hgt - 5).to_string()), ("text-anchor", "middle")], &y.year.to_string());
    }
    h.close("svg");
    h.el("figcaption", &[("id", "phase-caption")], &phase_in_caption(lang, r.council.name, &env.years));
    h.close("figure");
}

fn anlaeg(h: &mut Html, r: &Report, lang: Lang, t: &Texts) {
    let a = &r.anlaeg;
    h.el("h4", &[], t.anlaeg);
    h.open_table_wrap(t.anlaeg, t.scroll_hint);
    h.open("table", &[("class", "money anlaeg"), ("part", "table")]);
    h.el("caption", &[], &format!("{} – {}", t.anlaeg, r.council.name));
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col"), ("class", "num")], t.anlaeg_published);
    h.el("th", &[("scope", "col"), ("class", "num")], t.per_citizen);
    h.el("th", &[("scope", "col"), ("class", "num")], t.anlaeg_scaled);
    h.close("tr").close("thead").open("tbody", &[]).open("tr", &[]);
    h.el("td", &[("class", "num")], &published(a.published, lang));
    h.el("td", &[("class", "num")], &format_int(u64::from(a.kr_per_citizen), lang));
    h.el("td", &[("class", "num")], &a.scaled.map(|s| format_decimal(s, 1, lang)).unwrap_or_else(|| "–".into()));
    h.close("tr").close("tbody").close("table").close("div");
    h.el("p", &[("class", "note")], t.anlaeg_note);
}

/// The money section's output (below its controls).
pub fn money(r: &Report, lang: Lang) -> String {
    let t = texts(lang);
    let mut h = Html::new();
    phase_in(&mut h, r, lang);
    matrix(&mut h, r, lang, t);
    anlaeg(&mut h, r, lang, t);
    h.finish()
}

/// The source documents, for the widget's footer: short label, title and
/// publisher, so every label in the tables can be looked up.
pub fn sources(lang: Lang) -> String {
    let mut h = Html::new();
    h.el("p", &[("class", "sources-h")], texts(lang).sources_heading);
    h.open("ul", &[("class", "sources")]);
    for d in edition::DOCUMENTS.iter().filter(|d| d.id != "afledt") {
        h.open("li", &[]).el("strong", &[], d.short).text(&format!(": {} ({})", d.title, d.publisher)).close("li");
    }
    h.close("ul");
    h.finish()
}

/// The report's data as a `data:` URL of CSV in the reader's language (see
/// [`report_csv`]: Danish for a Danish spreadsheet, ';' and decimal comma),
/// made when the reader asks for it (not on every change of council).
pub fn csv_data_url(r: &Report, lang: Lang) -> String {
    format!("data:text/csv;charset=utf-8,{}", percent_encode(&report_csv(r, lang)))
}

/// As [`csv_data_url`], with municipality `code`'s illustration when it has
/// a population ([`crate::export::report_csv_with_municipality`]).
pub fn csv_data_url_with_municipality(r: &Report, code: Option<u16>, lang: Lang) -> String {
    let csv = crate::export::report_csv_with_municipality(r, code, lang);
    format!("data:text/csv;charset=utf-8,{}", percent_encode(&csv))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::envelope::OfficialAmount;
    use crate::model::report::{calculate, Options};

    #[test]
    fn unpublished_years_say_so_and_sources_are_named() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let s = money(&r, Lang::Da);
        assert!(s.contains("title=\"Ikke offentliggjort\">–</td>"), "2031 of Tabel 1's pools");
        assert!(
            s.contains("<p class=\"note\">– betyder, at kilderne ikke har et tal for det år.</p>"),
            "said in text too"
        );
        assert!(money(&r, Lang::En).contains("– means the sources have no figure for that year."));
        let n = national(None, Lang::Da);
        assert!(n.contains("Ikke offentliggjort"));
        assert!(n.contains("Udspil 2024, Tabel 1 (2025-PL)"));
        assert!(!n.contains("same ") && !n.contains("samme "), "every place named in full");
        assert!(n.contains("KL-katalog 2025"), "latest edition by default");
        assert!(!national(edition::document_by_id("udspil-2024"), Lang::Da).contains("KL-katalog"));
        assert!(csv_data_url(&r, Lang::Da).starts_with("data:text/csv;charset=utf-8,%EF%BB%BFsektion%3Bpost%3B%C3%A5r"));
        assert!(csv_data_url(&r, Lang::En).starts_with("data:text/csv;charset=utf-8,%EF%BB%BFsection%2Citem%2Cyear"));
        assert!(s.contains("<figcaption id=\"phase-caption\">"));
    }

    /// The figcaption of the phase-in chart and the caption of the matrix.
    fn captions(r: &Report, lang: Lang) -> (String, String) {
        let s = money(r, lang);
        let between = |open: &str, close: &str| {
            let a = s.find(open).map(|i| i + open.len()).unwrap();
            s[a..].split(close).next().unwrap().to_string()
        };
        (between("<figcaption id=\"phase-caption\">", "</figcaption>"), between("<caption>", "</caption>"))
    }

    /// Options with official amounts for `years` of every pool the default
    /// report shows.
    fn official_for(years: &[u16]) -> Options {
        let r = calculate("fyn", &Options::default()).unwrap();
        let official = r
            .envelopes
            .iter()
            .flat_map(|e| {
                years.iter().map(move |&year| OfficialAmount { pool: e.pool, year, amount: Decimal::new(705, 1) })
            })
            .collect();
        Options { official, ..Options::default() }
    }

    #[test]
    fn estimates_are_labelled_estimates() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let (phase, matrix) = captions(&r, Lang::Da);
        assert!(
            phase.starts_with(
                "Indfasning af puljen «Investeringer i de nye sundhedsråd» (uden anlæg) – Fyn, mio. kr. (skøn): 2027: "
            ),
            "{phase}"
        );
        assert_eq!(matrix, "Dette sundhedsråd, mio. kr. – Fyn (skøn: Befolkningsandel (Figur 9))");
        let (phase, matrix) = captions(&r, Lang::En);
        assert!(phase.contains("(estimate): 2027: "), "{phase}");
        assert_eq!(matrix, "This council, mio. kr. – Fyn (estimate: Population share (Figure 9))");
    }

    #[test]
    fn bug7_official_amount_not_labelled_estimate_all_official() {
        let r = calculate("fyn", &official_for(&[2027, 2028, 2029, 2030, 2031])).unwrap();
        assert!(r.envelopes.iter().flat_map(|e| &e.years).all(|y| y.basis == Basis::Official));
        let (phase, matrix) = captions(&r, Lang::Da);
        assert_eq!(
            phase,
            "Indfasning af puljen «Investeringer i de nye sundhedsråd» (uden anlæg) – Fyn, mio. kr. (officielt): 2027: 70,5 mio. kr.; \
             2028: 70,5 mio. kr.; 2029: 70,5 mio. kr.; 2030: 70,5 mio. kr.; 2031: 70,5 mio. kr."
        );
        assert_eq!(matrix, "Dette sundhedsråd, mio. kr. – Fyn (officielt)");
        assert!(!money(&r, Lang::Da).contains("skøn"));
        let (phase, matrix) = captions(&r, Lang::En);
        assert!(phase.contains("mio. kr. (official): 2027: 70.5 mio. kr.;"), "{phase}");
        assert_eq!(matrix, "This council, mio. kr. – Fyn (official)");
        assert!(!money(&r, Lang::En).contains("estimate"));
    }

    #[test]
    fn bug7_official_amount_not_labelled_estimate_mixed() {
        let r = calculate("fyn", &official_for(&[2027])).unwrap();
        let (phase, matrix) = captions(&r, Lang::Da);
        assert!(
            phase.starts_with(
                "Indfasning af puljen «Investeringer i de nye sundhedsråd» (uden anlæg) – Fyn, mio. kr. (skøn, undtagen beløb markeret officielt): \
                 2027: 70,5 mio. kr. (officielt); 2028: "
            ),
            "{phase}"
        );
        assert_eq!(matrix, "Dette sundhedsråd, mio. kr. – Fyn (skøn efter Befolkningsandel (Figur 9), undtagen beløb markeret officielt)");
        let (phase, matrix) = captions(&r, Lang::En);
        assert!(
            phase.contains("(estimate, except amounts marked official): 2027: 70.5 mio. kr. (official); 2028: "),
            "{phase}"
        );
        assert_eq!(
            matrix,
            "This council, mio. kr. – Fyn (estimate by Population share (Figure 9), except amounts marked official)"
        );
        assert!(money(&r, Lang::Da).contains("<td class=\"num official\">70,5 (officielt)</td>"));
    }

    #[test]
    fn reading_source_labels_in_the_language_with_their_notes() {
        let da = national(None, Lang::Da);
        assert!(da.contains("KL-katalog 2025, afsnittet &#39;De kommunale investeringsmidler i sundhedsrådene&#39; – Angivet som 185,5 mio. kr. mere end i 2027."), "{da}");
        assert!(!da.contains("same section") && !da.contains("same slide"), "{da}");
        let en = national(edition::document_by_id("udspil-2024"), Lang::En);
        assert!(en.contains("Udspil 2024, Table 1 (2025-PL) – Table 1 is rounded to the nearest 5 mio. kr."), "{en}");
        assert!(!en.contains("Tabel") && !en.contains("Figur "), "{en}");
        let forår = national(edition::document_by_id("foraarsaftale-2025"), Lang::Da);
        assert!(forår.contains("Forårsaftale 2025, diaset &#39;Løft af kommunale sundhedsindsatser via sundhedsrådene&#39; – Angivet som 0,6 mia. kr."), "{forår}");
    }

    /// Issue 12: the pools form a hierarchy (the total is the municipal
    /// frame plus the regional frame; quality standards, demography and KL's
    /// investeringsmidler within the municipal frame). The table shows it:
    /// the total first, each frame after it, the pools of a frame under it
    /// with "heraf", and a note that says how the rows nest in words.
    #[test]
    fn reading_the_money_table_shows_the_pools_hierarchy() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let rows: Vec<(&str, u8)> = pool_rows(&r.envelopes).iter().map(|(e, l)| (POOLS[e.pool.0].id, *l)).collect();
        assert_eq!(
            rows,
            [
                ("sundhedsraad_total", 0),
                ("kommunal_ramme", 1),
                ("kvalitetsstandarder", 2),
                ("kommunal_demografi", 2),
                ("investeringsmidler", 2),
                ("regional_ramme", 1),
                ("regional_demografi", 2),
            ]
        );
        assert_eq!(rows.len(), r.envelopes.len(), "every pool once");
        let da = money(&r, Lang::Da);
        assert!(da.contains("<tr data-pool=\"sundhedsraad_total\" class=\"level-0\"><th scope=\"row\">Investeringer i de nye sundhedsråd</th>"), "{da}");
        assert!(da.contains("<tr data-pool=\"kommunal_ramme\" class=\"level-1\"><th scope=\"row\">Ramme til"), "{da}");
        assert!(
            da.contains("<tr data-pool=\"kvalitetsstandarder\" class=\"level-2\"><th scope=\"row\">heraf: Udmøntning"),
            "{da}"
        );
        assert!(da.contains("<p class=\"note nesting\">Øverst i alt, som er den kommunale plus den regionale ramme; «heraf» er en pulje inden for rammen over den"));
        assert!(da.contains("«Sådan hænger puljerne sammen»"), "points to the sums");
        let en = money(&r, Lang::En);
        assert!(en.contains("<th scope=\"row\">of which: Targeted regional demography funds</th>"), "{en}");
        assert!(en.contains("«How the pools add up»"));
    }

    /// Issue 12: no double full stop ("343,4 mio. kr..") in any caption,
    /// note or cell of the money section, for any council, edition, key
    /// or language; nor in the illustration sentence.
    #[test]
    fn reading_no_double_full_stop_in_the_money_section() {
        use crate::model::envelope::Key;
        let editions = [None, edition::document_by_id("udspil-2024"), edition::document_by_id("foraarsaftale-2025")];
        for c in edition::COUNCILS {
            for ed in editions {
                for key in [Key::Population, Key::Anlaeg] {
                    let o = Options { edition: ed, key: key.clone(), ..Options::default() };
                    let r = calculate(c.id, &o).unwrap();
                    for lang in [Lang::Da, Lang::En] {
                        let s = money(&r, lang);
                        assert!(!s.contains("kr.."), "{} {ed:?} {lang:?}: {s}", c.id);
                        assert!(!s.contains(".</figcaption>.") && !s.contains("..<"), "{} {lang:?}", c.id);
                    }
                }
            }
        }
        // Every year official (the caption's last amount ends with "kr."): one full stop.
        let r = calculate("fyn", &official_for(&[2027, 2028, 2029, 2030, 2031])).unwrap();
        let (phase, _) = captions(&r, Lang::Da);
        assert!(phase.ends_with("2031: 70,5 mio. kr."), "{phase}");
    }

    /// DKFDS: numbers in a column with equal decimals. KL-katalog's 312,5
    /// beside 1.400 in the investeringsmidler's national column reads as
    /// 312,5 and 1.400,0; a pool whose figures are whole stays whole.
    #[test]
    fn reading_national_columns_have_equal_decimals() {
        let n = national(None, Lang::Da);
        assert!(n.contains("<td class=\"num\">312,5</td>"), "{n}");
        assert!(n.contains("<td class=\"num\">1.400,0</td>"), "{n}");
        let udspil = national(edition::document_by_id("udspil-2024"), Lang::Da);
        assert!(udspil.contains("<td class=\"num\">1.065</td>"), "{udspil}");
    }

    #[test]
    fn published_keeps_the_source_decimals() {
        assert_eq!(published(Decimal::new(3125, 1), Lang::Da), "312,5");
        assert_eq!(published(Decimal::from(1065), Lang::Da), "1.065");
    }
}
