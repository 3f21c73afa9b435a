//! The data behind the widget's charts and tables as CSV (pure, no browser).
//!
//! One row per figure, each with its source, so the file opens in a
//! spreadsheet and can be checked against the documents. The file follows
//! the reader's language ([`crate::i18n::csv`]):
//!
//! * **Danish** (the default): a UTF-8 byte order mark, ';' between fields,
//!   ',' as decimal point ("83,079"), Danish headers, units and basis texts.
//!   A Danish spreadsheet opens it as columns with numbers.
//! * **English**: the same byte order mark, ',' between fields (RFC 4180),
//!   '.' as decimal point ("83.079"), English words.
//!
//! Amounts are exact in mio. kr. (every decimal, no thousands separators).
//! The `section` and `item` columns are identifiers, the same in both
//! languages (`seats`, `total_members`, `national`, pool ids, …).

use crate::i18n::csv::{csv_number, csv_texts, BOM};
use crate::i18n::sentences::{figure_note, source_place};
use crate::i18n::Lang;
use crate::model::edition::{self, POOLS};
use crate::model::envelope::Basis;
use crate::model::report::Report;
use crate::model::votes::VoteBasis;

pub mod overview;
pub use overview::overview_csv;

/// A field, quoted when it holds the separator, a quote or a line break.
fn cell(s: &str, separator: char) -> String {
    if s.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The report's seats, votes and envelopes as CSV in `lang` (see the module
/// documentation for the two formats).
pub fn report_csv(r: &Report, lang: Lang) -> String {
    let w = csv_texts(lang);
    let sep = w.separator.to_string();
    let mut out = String::from(BOM);
    let mut row = |cols: [&str; 7]| {
        out.push_str(&cols.map(|c| cell(c, w.separator)).join(&sep));
        out.push('\n');
    };
    row(w.header);
    row(["council", "name", "", r.council.name, "", "", ""]);
    let num = |d| csv_number(d, lang);
    let k = &r.composition;
    let fig9 = edition::SOURCES.council_members;
    let src9 = format!("{}, {}", edition::source_of(fig9).title, source_place(lang, fig9));
    for (item, v) in [
        ("regional_members", k.regional_members),
        ("municipal_members", k.municipal_members),
        ("total_members", k.total_members),
        ("regional_votes", k.regional_votes),
        ("municipal_votes", k.municipal_votes),
        ("total_votes", k.total_votes),
        ("majority_needed", k.majority_needed),
    ] {
        row(["seats", item, "", &v.to_string(), w.count, w.computed, w.rule_source]);
    }
    row(["seats", "members_published", "", &r.council.members_published.to_string(), w.count, w.published, &src9]);
    for m in &k.municipalities {
        let basis = match m.basis {
            VoteBasis::Published => w.published_class.to_string(),
            VoteBasis::Population(p) => format!("{} {p}", w.population),
        };
        row(["votes", &format!("{} {}", m.code, m.name), "", &m.votes.to_string(), w.votes, &basis, &src9]);
    }
    for env in &r.envelopes {
        let pool = &POOLS[env.pool.0];
        for y in &env.years {
            let (national, source) = match y.national {
                Some(f) => (
                    num(f.amount.decimal()),
                    format!(
                        "{}, {}{}{}",
                        edition::source_of(f.source).title,
                        source_place(lang, f.source),
                        f.price_level.map(|p| format!(" ({p})")).unwrap_or_default(),
                        Some(figure_note(lang, f))
                            .filter(|n| !n.is_empty())
                            .map(|n| format!(" – {n}"))
                            .unwrap_or_default()
                    ),
                ),
                None => (String::new(), w.not_published.to_string()),
            };
            let year = y.year.to_string();
            row(["national", pool.id, &year, &national, "mio. kr.", w.published, &source]);
            let basis = match y.basis {
                Basis::Official => w.official.to_string(),
                Basis::Estimate => format!("{}: {}", w.estimate_key, r.options.key.id()),
                Basis::Unpublished => w.not_published.to_string(),
            };
            let council = y.council.map(num).unwrap_or_default();
            row([&format!("council:{}", r.council.id), pool.id, &year, &council, "mio. kr.", &basis, ""]);
        }
    }
    let a = edition::SOURCES.council_anlaeg;
    let srca = format!("{}, {}", edition::source_of(a).title, source_place(lang, a));
    row(["anlaeg", "published_2027_2031", "", &num(r.anlaeg.published), "mio. kr.", w.published, &srca]);
    row(["anlaeg", "kr_per_citizen", "", &r.anlaeg.kr_per_citizen.to_string(), "kr.", w.published, &srca]);
    if let Some(s) = r.anlaeg.scaled {
        row(["anlaeg", "scaled_to_national_total", "", &num(s), "mio. kr.", w.computed, &srca]);
    }
    out
}

/// [`report_csv`] with, when municipality `code` has a population supplied,
/// its illustrative part of every envelope and year (section
/// `illustration:<kode>`, labelled as an illustration: no key for the split
/// is published).
pub fn report_csv_with_municipality(r: &Report, code: Option<u16>, lang: Lang) -> String {
    let mut out = report_csv(r, lang);
    let Some(Ok(Some(m))) = code.map(|c| crate::model::municipality_money::municipality_money(r, c)) else {
        return out;
    };
    let w = csv_texts(lang);
    let sep = w.separator.to_string();
    let basis = match lang {
        Lang::Da => format!(
            "illustration: rådets beløb × {} / {} indbyggere (ingen nøgle offentliggjort)",
            m.population, m.council_population
        ),
        Lang::En => format!(
            "illustration: council amount × {} / {} inhabitants (no key published)",
            m.population, m.council_population
        ),
    };
    for row in &m.rows {
        for (year, part, _) in &row.years {
            let amount = part.map(|p| csv_number(p, lang)).unwrap_or_default();
            let cols = [
                &format!("illustration:{} {}", m.code, m.name),
                POOLS[row.pool.0].id,
                &year.to_string(),
                &amount,
                "mio. kr.",
                &basis,
                "",
            ];
            out.push_str(&cols.map(|c| cell(c, w.separator)).join(&sep));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::envelope::YEARS;
    use crate::model::report::{calculate, Options};
    use crate::model::votes::Populations;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    #[test]
    fn the_municipality_illustration_joins_the_csv_when_a_population_is_given() {
        let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        let rows = read(&report_csv_with_municipality(&r, Some(461), Lang::Da), ';');
        let ill: Vec<_> = rows.iter().filter(|r| r[0] == "illustration:461 Odense").collect();
        assert_eq!(ill.len() % YEARS.count(), 0);
        assert!(!ill.is_empty() && ill.iter().all(|r| r[5].starts_with("illustration")));
        assert_eq!(report_csv_with_municipality(&r, None, Lang::Da), report_csv(&r, Lang::Da));
        assert_eq!(report_csv_with_municipality(&r, Some(420), Lang::Da), report_csv(&r, Lang::Da), "no population");
    }

    /// Reads a CSV as a spreadsheet in the given locale would: the byte
    /// order mark dropped, fields split on `sep` (quoted fields kept whole).
    pub(crate) fn read(csv: &str, sep: char) -> Vec<Vec<String>> {
        let body = csv.strip_prefix('\u{feff}').expect("starts with a byte order mark");
        body.lines()
            .map(|line| {
                let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
                let mut chars = line.chars().peekable();
                while let Some(c) = chars.next() {
                    match c {
                        '"' if quoted && chars.peek() == Some(&'"') => {
                            field.push('"');
                            chars.next();
                        }
                        '"' => quoted = !quoted,
                        c if c == sep && !quoted => fields.push(std::mem::take(&mut field)),
                        c => field.push(c),
                    }
                }
                fields.push(field);
                fields
            })
            .collect()
    }

    /// A number as a Danish spreadsheet reads it: '.' groups thousands,
    /// ',' is the decimal point.
    fn danish_number(s: &str) -> Decimal {
        Decimal::from_str(&s.replace('.', "").replace(',', ".")).unwrap_or_else(|_| panic!("not a number: {s}"))
    }

    /// A number as an English spreadsheet reads it: ',' groups thousands.
    fn english_number(s: &str) -> Decimal {
        Decimal::from_str(&s.replace(',', "")).unwrap_or_else(|_| panic!("not a number: {s}"))
    }

    /// Every amount the report has, in the order the CSV writes them, with
    /// the row's section, item and year.
    fn expected_amounts(r: &Report) -> Vec<(String, String, String, Option<Decimal>)> {
        let mut v = Vec::new();
        for env in &r.envelopes {
            let pool = POOLS[env.pool.0].id.to_string();
            for y in &env.years {
                let year = y.year.to_string();
                v.push(("national".into(), pool.clone(), year.clone(), y.national.map(|f| f.amount.decimal())));
                v.push((format!("council:{}", r.council.id), pool.clone(), year, y.council));
            }
        }
        v.push(("anlaeg".into(), "published_2027_2031".into(), String::new(), Some(r.anlaeg.published)));
        v.push(("anlaeg".into(), "kr_per_citizen".into(), String::new(), Some(Decimal::from(r.anlaeg.kr_per_citizen))));
        if let Some(s) = r.anlaeg.scaled {
            v.push(("anlaeg".into(), "scaled_to_national_total".into(), String::new(), Some(s)));
        }
        v
    }

    fn check(r: &Report, lang: Lang, sep: char, number: fn(&str) -> Decimal) {
        let csv = report_csv(r, lang);
        let rows = read(&csv, sep);
        assert!(rows.iter().all(|f| f.len() == 7), "every row has 7 fields");
        let k = &r.composition;
        let money_rows = r.envelopes.len() * YEARS.count() * 2 + 2 + usize::from(r.anlaeg.scaled.is_some());
        assert_eq!(rows.len(), 1 + 1 + 7 + 1 + k.municipalities.len() + money_rows);
        assert_eq!(rows[1][3], r.council.name);
        let seats: Vec<u32> = rows[2..9].iter().map(|f| f[3].parse().unwrap()).collect();
        assert_eq!(
            seats,
            [
                k.regional_members,
                k.municipal_members,
                k.total_members,
                k.regional_votes,
                k.municipal_votes,
                k.total_votes,
                k.majority_needed
            ]
        );
        assert_eq!(rows[9][3].parse::<u32>().unwrap(), r.council.members_published);
        for (f, m) in rows[10..].iter().zip(&k.municipalities) {
            assert_eq!(
                (f[1].as_str(), f[3].parse::<u32>().unwrap()),
                (format!("{} {}", m.code, m.name).as_str(), m.votes)
            );
        }
        let amounts = &rows[10 + k.municipalities.len()..];
        let expected = expected_amounts(r);
        assert_eq!(amounts.len(), expected.len());
        for (f, (section, item, year, value)) in amounts.iter().zip(&expected) {
            assert_eq!((&f[0], &f[1], &f[2]), (section, item, year));
            let read = (!f[3].is_empty()).then(|| number(&f[3]));
            assert_eq!(read, *value, "{f:?}");
        }
    }

    #[test]
    fn danish_csv_reads_back_exactly_in_a_danish_spreadsheet() {
        let o = Options { populations: Populations::from([(540, 76_543)]), ..Options::default() };
        for (id, options) in [("fyn", Options::default()), ("soenderjylland", o), ("hovedstaden", Options::default())] {
            let r = calculate(id, &options).unwrap();
            check(&r, Lang::Da, ';', danish_number);
            check(&r, Lang::En, ',', english_number);
        }
        let r = calculate("fyn", &Options::default()).unwrap();
        let csv = report_csv(&r, Lang::Da);
        assert!(csv.starts_with("\u{feff}sektion;post;år;værdi;enhed;grundlag;kilde\n"));
        assert!(csv.contains("\nseats;total_members;;20;antal;beregnet;"));
        assert!(csv.contains("\nnational;sundhedsraad_total;2027;1065;mio. kr.;offentliggjort;"));
        assert!(csv.lines().any(|l| l.starts_with("council:fyn;") && l.contains(',')), "decimal commas");
        let en = report_csv(&r, Lang::En);
        assert!(en.starts_with("\u{feff}section,item,year,value,unit,basis,source\n"));
        assert!(en.contains("\nseats,total_members,,20,count,computed,"));
    }

    /// Issue 12: the Danish CSV's sources are Danish (no "same section",
    /// "slide" or "Table"), the English CSV's English, and every figure's
    /// note comes along in the reader's language.
    #[test]
    fn reading_csv_sources_in_the_language() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let da = report_csv(&r, Lang::Da);
        let sources: Vec<String> = read(&da, ';').into_iter().skip(1).map(|f| f[6].clone()).collect();
        assert!(sources.iter().filter(|s| !s.is_empty()).count() > 10);
        for s in &sources {
            assert!(
                !s.contains("same") && !s.contains("slide") && !s.contains("section") && !s.contains("Table"),
                "{s}"
            );
        }
        assert!(da.contains("afsnittet"), "places named in Danish");
        let en = report_csv(&r, Lang::En);
        for f in read(&en, ',').into_iter().skip(1) {
            assert!(!f[6].contains("afsnittet") && !f[6].contains("diaset") && !f[6].contains("Tabel "), "{}", f[6]);
        }
    }

    #[test]
    fn danish_letters_survive() {
        let r = calculate("soenderjylland", &Options::default()).unwrap();
        let csv = report_csv(&r, Lang::Da);
        let rows = read(&csv, ';');
        assert_eq!(rows[1], ["council", "name", "", "Sønderjylland", "", "", ""]);
        assert!(rows.iter().any(|f| f[1] == "540 Sønderborg"), "{csv}");
        assert!(rows.iter().any(|f| f[1].contains('æ') || f[6].contains('æ')));
        assert!(rows.iter().any(|f| f[1].contains('å') || f[6].contains('å')));
    }

    #[test]
    fn separators_in_text_are_quoted() {
        assert_eq!(cell("a;b", ';'), "\"a;b\"");
        assert_eq!(cell("a,b", ';'), "a,b");
        assert_eq!(cell("a,b", ','), "\"a,b\"");
        assert_eq!(cell("say \"x\"", ','), "\"say \"\"x\"\"\"");
    }
}
