//! The data behind the widget's charts and tables as CSV (pure, no browser).
//!
//! Semicolon-separated with exact amounts in mio. kr. ('.' as decimal point),
//! one row per figure, each with its source, so the file opens in a
//! spreadsheet and can be checked against the documents.

use crate::model::edition::{self, POOLS};
use crate::model::envelope::Basis;
use crate::model::report::Report;

fn cell(s: &str) -> String {
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The report's seats, votes and envelopes as CSV.
pub fn report_csv(r: &Report) -> String {
    let mut out = String::from("section;item;year;value;unit;basis;source\n");
    let mut row = |cols: [&str; 7]| {
        out.push_str(&cols.map(cell).join(";"));
        out.push('\n');
    };
    let k = &r.composition;
    let fig9 = edition::SOURCES.council_members;
    let src9 = format!("{}, {}", edition::source_of(fig9).title, fig9.place);
    for (item, v) in [
        ("regional_members", k.regional_members),
        ("municipal_members", k.municipal_members),
        ("total_members", k.total_members),
        ("regional_votes", k.regional_votes),
        ("municipal_votes", k.municipal_votes),
        ("total_votes", k.total_votes),
        ("majority_needed", k.majority_needed),
    ] {
        row([
            "seats",
            item,
            "",
            &v.to_string(),
            "count",
            "computed",
            "rule: udspil 2024, 'Kommunernes stemmeret i sundhedsråd'",
        ]);
    }
    row(["seats", "members_published", "", &r.council.members_published.to_string(), "count", "published", &src9]);
    for m in &k.municipalities {
        let basis = match m.basis {
            crate::model::votes::VoteBasis::Published => "published class (Figur 9)".to_string(),
            crate::model::votes::VoteBasis::Population(p) => format!("population {p}"),
        };
        row(["votes", &format!("{} {}", m.code, m.name), "", &m.votes.to_string(), "votes", &basis, &src9]);
    }
    for env in &r.envelopes {
        let pool = &POOLS[env.pool.0];
        for y in &env.years {
            let (national, source) = match y.national {
                Some(f) => (
                    f.amount.decimal().to_string(),
                    format!(
                        "{}, {}{}",
                        edition::source_of(f.source).title,
                        f.source.place,
                        f.price_level.map(|p| format!(" ({p})")).unwrap_or_default()
                    ),
                ),
                None => (String::new(), "not published".to_string()),
            };
            let year = y.year.to_string();
            row(["national", pool.id, &year, &national, "mio. kr.", "published", &source]);
            let basis = match y.basis {
                Basis::Official => "official (from the embedding page)".to_string(),
                Basis::Estimate => format!("estimate, key: {}", r.options.key.id()),
                Basis::Unpublished => "not published".to_string(),
            };
            let council = y.council.map(|d| d.to_string()).unwrap_or_default();
            row([&format!("council:{}", r.council.id), pool.id, &year, &council, "mio. kr.", &basis, ""]);
        }
    }
    let a = edition::SOURCES.council_anlaeg;
    let srca = format!("{}, {}", edition::source_of(a).title, a.place);
    row(["anlaeg", "published_2027_2031", "", &r.anlaeg.published.to_string(), "mio. kr.", "published", &srca]);
    row(["anlaeg", "kr_per_citizen", "", &r.anlaeg.kr_per_citizen.to_string(), "kr.", "published", &srca]);
    if let Some(s) = r.anlaeg.scaled {
        row(["anlaeg", "scaled_to_national_total", "", &s.to_string(), "mio. kr.", "computed", &srca]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn csv_has_a_row_per_figure_and_quotes_separators() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let csv = report_csv(&r);
        assert!(csv.starts_with("section;item;year;value"));
        assert!(csv.contains("seats;total_members;;20;count"));
        assert!(csv.contains("national;sundhedsraad_total;2027;1065;mio. kr.;published"));
        assert_eq!(cell("a;b"), "\"a;b\"");
        let rows = csv.lines().count();
        assert!(rows > 30, "{rows}");
    }
}
