//! The seats section: summary, seat chart (shape and number, not colour
//! alone) with its table beside it, and what majority the region holds, and why.

use super::Html;
use crate::i18n::sentences::{published_members, region_majority, region_seats_line, seat_chart_label};
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::report::Report;

/// Seats per row in the chart.
const PER_ROW: u32 = 10;
/// Size of one seat cell in SVG units.
const CELL: u32 = 24;

/// The plain-language line on the region's majority (or its lack, under a
/// rule that states the regional members).
pub fn why(r: &Report, lang: Lang) -> String {
    region_majority(lang, &r.composition, r.options.rule.majority)
}

fn chart(h: &mut Html, r: &Report, lang: Lang) {
    let k = &r.composition;
    let (w, rows) = (PER_ROW * CELL, k.total_members.div_ceil(PER_ROW));
    let hgt = rows * CELL;
    let label = seat_chart_label(lang, k.regional_members, k.municipal_members);
    h.open("figure", &[("class", "chart"), ("part", "seat-chart")]);
    h.open(
        "svg",
        &[
            ("role", "img"),
            ("aria-labelledby", "seat-caption"),
            ("viewBox", &format!("0 0 {w} {hgt}")),
            ("width", &w.to_string()),
            ("height", &hgt.to_string()),
            ("focusable", "false"),
        ],
    );
    let pos = |i: u32| ((i % PER_ROW) * CELL, (i / PER_ROW) * CELL);
    for i in 0..k.regional_members {
        let (x, y) = pos(i);
        h.open(
            "rect",
            &[
                ("class", "seat-r"),
                ("x", &(x + 3).to_string()),
                ("y", &(y + 3).to_string()),
                ("width", "18"),
                ("height", "18"),
                ("rx", "2"),
            ],
        );
        h.close("rect");
    }
    for (j, m) in k.municipalities.iter().enumerate() {
        let (x, y) = pos(k.regional_members + j as u32);
        h.open("g", &[("class", "seat-k")]);
        h.open("circle", &[("cx", &(x + 12).to_string()), ("cy", &(y + 12).to_string()), ("r", "9.5")]).close("circle");
        h.el(
            "text",
            &[("x", &(x + 12).to_string()), ("y", &(y + 16).to_string()), ("text-anchor", "middle")],
            &m.votes.to_string(),
        );
        h.close("g");
    }
    h.close("svg");
    h.el("figcaption", &[("id", "seat-caption")], &label);
    h.close("figure");
}

fn table(h: &mut Html, r: &Report, lang: Lang) {
    let t = texts(lang);
    let k = &r.composition;
    let row = |h: &mut Html, label: &str, members: u32, votes: u32| {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], label);
        h.el("td", &[("class", "num")], &members.to_string());
        h.el("td", &[("class", "num")], &votes.to_string());
        h.close("tr");
    };
    let caption = format!("{} – {}", t.seats, r.council.name);
    h.open_table_wrap(&caption, t.scroll_hint);
    h.open("table", &[("class", "seat-table"), ("part", "table")]);
    h.el("caption", &[], &caption);
    h.open("thead", &[]).open("tr", &[]).el("td", &[], "");
    h.el("th", &[("scope", "col"), ("class", "num")], t.members);
    h.el("th", &[("scope", "col"), ("class", "num")], t.weighted_votes);
    h.close("tr").close("thead").open("tbody", &[]);
    row(h, t.side_region, k.regional_members, k.regional_votes);
    row(h, t.side_municipalities, k.municipal_members, k.municipal_votes);
    h.close("tbody").open("tfoot", &[]);
    row(h, t.total, k.total_members, k.total_votes);
    h.close("tfoot").close("table").close("div");
}

/// The line on the regional seats the region's councils need.
pub fn region_line(r: &Report, lang: Lang) -> String {
    region_seats_line(lang, r.region.name, &r.region_seats)
}

/// The seats section's inner HTML.
pub fn seats(r: &Report, lang: Lang) -> String {
    let t = texts(lang);
    let k = &r.composition;
    let mut h = Html::new();
    h.el("h3", &[("id", "seats-h")], t.seats);
    h.open("dl", &[("class", "facts")]);
    let facts = [
        ("members", t.all_members, k.total_members.to_string()),
        ("regional", t.regional_members, k.regional_members.to_string()),
        ("municipal", t.municipal_members, k.municipal_members.to_string()),
        ("votes", t.weighted_votes, k.total_votes.to_string()),
        ("majority", t.majority_needed, k.majority_needed.to_string()),
    ];
    for (id, label, value) in &facts {
        h.open("div", &[]).el("dt", &[], label).el("dd", &[("data-fact", id)], value).close("div");
    }
    h.close("dl");
    h.open("div", &[("class", "pair")]);
    chart(&mut h, r, lang);
    table(&mut h, r, lang);
    h.close("div");
    h.el("p", &[("class", "why")], &why(r, lang));
    let published = published_members(lang, r.council.members_published, r.council.population_thousands);
    h.el("p", &[("class", "note")], &published);
    h.el("p", &[("class", "note")], &region_line(r, lang));
    h.el("p", &[("class", "note")], t.rule_note);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn fyn_shows_its_figur_9_count_and_a_labelled_chart() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let s = seats(&r, Lang::Da);
        assert!(s.contains("<dd data-fact=\"members\">20</dd>"));
        assert!(s.contains("<dd data-fact=\"majority\">11</dd>"));
        assert!(s.contains("role=\"img\" aria-labelledby=\"seat-caption\""));
        assert_eq!(s.matches("class=\"seat-r\"").count(), 11);
        assert_eq!(s.matches("class=\"seat-k\"").count(), 9);
    }

    #[test]
    fn oestdanmark_says_seats_exceed_the_regional_council() {
        let r = calculate("hovedstaden", &Options::default()).unwrap();
        assert!(region_line(&r, Lang::Da).contains("57 i alt"));
        assert!(region_line(&r, Lang::En).contains("more than one council"));
        let nord = calculate("vendsyssel", &Options::default()).unwrap();
        assert!(!region_line(&nord, Lang::Da).contains("mere end ét"));
    }

    #[test]
    fn reading_regional_seats_name_the_region_not_a_council() {
        let r = calculate("hovedstaden", &Options::default()).unwrap();
        let da = region_line(&r, Lang::Da);
        assert!(da.starts_with("Regionale pladser: 57 i alt for sundhedsrådene i Region Østdanmark."), "{da}");
        assert!(!da.contains("sundhedsråd Østdanmark"), "{da}");
        let en = region_line(&r, Lang::En);
        assert!(en.starts_with("Regional seats: 57 in all for the councils in Region Østdanmark."), "{en}");
        assert!(en.contains("(Figure 8)") && !en.contains("Figur "), "{en}");
    }

    #[test]
    fn a_stated_number_of_regional_members_says_the_region_lacks_a_majority() {
        use crate::model::votes::{Majority, VoteRule};
        let rule = VoteRule { majority: Majority::Fixed(5), ..VoteRule::default() };
        let r = calculate("fyn", &Options { rule, ..Options::default() }).unwrap();
        let s = seats(&r, Lang::Da);
        assert!(s.contains("<dd data-fact=\"regional\">5</dd>"), "{s}");
        assert!(s.contains("Regionen har 5 af 14 medlemmer og 5 af 15 vægtede stemmer, altså hverken flertal"), "{s}");
        assert!(!s.contains("flertal både"), "{s}");
    }
}
