//! The weighted-votes table: every municipality with its member, votes, the
//! basis of the votes and its share; the regional members as one row.

use super::Html;
use crate::i18n::sentences::{members_note, votes_basis_note};
use crate::i18n::texts::texts;
use crate::i18n::{format_int, format_pct, Lang};
use crate::model::report::Report;
use crate::model::votes::VoteBasis;
use rust_decimal::Decimal;

/// The votes section's inner HTML; `chosen` marks a municipality's row.
pub fn votes(r: &Report, lang: Lang, chosen: Option<u16>) -> String {
    let t = texts(lang);
    let k = &r.composition;
    let mut h = Html::new();
    h.el("h3", &[("id", "votes-h")], t.votes);
    h.el("p", &[("class", "note")], &members_note(lang, &r.options.rule));
    let caption = format!("{} – {}", t.votes, r.council.name);
    h.open_table_wrap(&caption, t.scroll_hint);
    h.open("table", &[("class", "vote-table"), ("part", "table")]);
    h.el("caption", &[], &caption);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t.municipality);
    h.el("th", &[("scope", "col"), ("class", "num")], t.share);
    h.el("th", &[("scope", "col"), ("class", "num")], t.votes_col);
    h.el("th", &[("scope", "col"), ("class", "basis")], t.basis);
    h.close("tr").close("thead").open("tbody", &[]);
    for m in &k.municipalities {
        let basis = match m.basis {
            VoteBasis::Published => t.basis_published.to_string(),
            VoteBasis::Population(p) => format!("{} ({})", t.basis_population, format_int(p, lang)),
        };
        if chosen == Some(m.code) {
            h.open("tr", &[("class", "current"), ("aria-current", "true")]);
        } else {
            h.open("tr", &[]);
        }
        h.el("th", &[("scope", "row")], m.name);
        h.el("td", &[("class", "num")], &format_pct(r.vote_share(m.votes), lang));
        h.el("td", &[("class", "num")], &m.votes.to_string());
        h.el("td", &[("class", "basis")], &basis);
        h.close("tr");
    }
    h.open("tr", &[("class", "regional")]);
    h.el("th", &[("scope", "row")], &format!("{} ({})", t.regional_row, k.regional_members));
    h.el("td", &[("class", "num")], &format_pct(r.vote_share(k.regional_votes), lang));
    h.el("td", &[("class", "num")], &k.regional_votes.to_string());
    h.el("td", &[("class", "basis")], t.basis_rule);
    h.close("tr").close("tbody").open("tfoot", &[]).open("tr", &[]);
    h.el("th", &[("scope", "row")], t.total);
    h.el("td", &[("class", "num")], &format_pct(Decimal::ONE, lang));
    h.el("td", &[("class", "num")], &k.total_votes.to_string());
    h.el("td", &[("class", "basis")], "");
    h.close("tr").close("tfoot").close("table").close("div");
    basis_note(&mut h, r, lang);
    h.finish()
}

/// Why the municipalities without a typed population have their votes: the
/// published class each is in, with the rule's votes for it.
fn basis_note(h: &mut Html, r: &Report, lang: Lang) {
    let rule = &r.options.rule;
    let published = || r.composition.municipalities.iter().filter(|m| m.basis == VoteBasis::Published);
    let (upper, lower) = (rule.votes_for_published_class(2), rule.votes_for_published_class(1));
    if upper == lower || published().next().is_none() {
        return;
    }
    // Each has its class's votes, and the two classes' votes differ.
    let more: Vec<&str> = published().filter(|m| Some(m.votes) == upper).map(|m| m.name).collect();
    let others = published().count() - more.len();
    let votes = (upper.unwrap_or_default(), lower.unwrap_or_default());
    let note = votes_basis_note(lang, r.council.members_published, &more, others, votes);
    h.el("p", &[("class", "note")], &note);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn every_municipality_has_a_row_and_the_chosen_one_is_marked() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let s = votes(&r, Lang::Da, Some(461));
        assert_eq!(s.matches("<th scope=\"row\">").count(), 9 + 2);
        assert_eq!(s.matches("<th scope=\"col\"").count(), 4);
        assert!(s.contains("<tr class=\"current\" aria-current=\"true\"><th scope=\"row\">Odense</th>"));
        assert!(s.contains("9,5 %"), "Odense 2 of 21 votes");
        assert!(s.contains("har 1 stemme hver."), "{s}");
    }

    #[test]
    fn reading_basis_in_plain_words() {
        let r = calculate("midt-og-vestsjaelland", &Options::default()).unwrap();
        let da = votes(&r, Lang::Da, None);
        assert!(!da.contains("Stemmeklasse") && !da.contains("afledt"), "{da}");
        assert!(
            da.contains("Slagelse og Næstved regnes med 2 stemmer og de øvrige kommuner med 1 stemme, fordi Figur 9&#39;s medlemstal (19) kun går op sådan."),
            "{da}"
        );
        let en = votes(&r, Lang::En, None);
        assert!(en.contains("Slagelse and Næstved count with 2 votes and the others with 1 vote, because"), "{en}");
        assert!(!en.contains("Figur "), "{en}");
        let s = votes(&calculate("soenderjylland", &Options::default()).unwrap(), Lang::Da, None);
        assert!(
            s.contains("Kommunerne regnes med 1 stemme, fordi Figur 9&#39;s medlemstal (9) kun går op sådan."),
            "{s}"
        );
        // The key figure comes right after the name (in view on a phone); the basis is last.
        let col = |s: &str| da.find(s).unwrap();
        assert!(col(">Kommune<") < col("Andel af stemmerne") && col("Andel af stemmerne") < col(">Stemmer<"));
        assert!(col(">Stemmer<") < col("Grundlag</th>"));
    }

    #[test]
    fn bug6_regional_weight_in_text() {
        use crate::model::votes::VoteRule;
        let o = Options { rule: VoteRule { regional_weight: 2, ..VoteRule::default() }, ..Default::default() };
        let r = calculate("fyn", &o).unwrap();
        let da = votes(&r, Lang::Da, None);
        assert!(da.contains("Regionens medlemmer kommer fra regionsrådet og har 2 stemmer hver."), "{da}");
        assert!(!da.contains("1 stemme hver"), "{da}");
        let en = votes(&r, Lang::En, None);
        assert!(en.contains("The region&#39;s members come from the regional council and have 2 votes each."), "{en}");
        assert!(!en.contains("1 vote each"), "{en}");
        assert_eq!(r.composition.regional_votes, 2 * r.composition.regional_members, "the table agrees");
    }
}
