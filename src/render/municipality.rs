//! A municipality's result: its votes and share, what a typed population
//! does to its votes and the council's seats, and a per-capita illustration.

use super::Html;
use crate::i18n::sentences::{illustration, municipality_votes, population_votes, Illustration};
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::edition::{self, pool_by_id};
use crate::model::envelope::per_capita_illustration;
use crate::model::report::Report;
use crate::model::votes::VoteBasis;

/// The lines for municipality `code` in the report's council, as paragraphs.
pub fn municipality_result(r: &Report, code: u16, lang: Lang) -> String {
    let t = texts(lang);
    let k = &r.composition;
    let Some(m) = k.municipalities.iter().find(|m| m.code == code) else { return String::new() };
    let mut h = Html::new();
    let first = municipality_votes(lang, m.name, m.votes, k.total_votes, r.vote_share(m.votes));
    h.el("p", &[("data-result", "votes")], &first);
    let VoteBasis::Population(p) = m.basis else { return h.finish() };
    let published = edition::municipality_by_code(code).map_or(m.votes, |x| x.published_votes);
    let line = population_votes(lang, m.name, p, m.votes, &r.options.rule, published, k);
    h.el("p", &[("data-result", "population")], &line);
    let total = pool_by_id("sundhedsraad_total");
    let last = r
        .envelopes
        .iter()
        .filter(|e| Some(e.pool) == total)
        .flat_map(|e| e.years.iter())
        .filter_map(|y| y.council.map(|a| (y, a)))
        .next_back();
    if let Some((y, amount)) = last {
        if let Ok(part) = per_capita_illustration(amount, p, r.council_id) {
            let text = illustration(
                lang,
                &Illustration {
                    year: y.year,
                    amount,
                    basis: y.basis,
                    municipality: m.name,
                    population: p,
                    council_population: u64::from(r.council.population_thousands) * 1000,
                    part,
                },
            );
            h.open("p", &[("class", "illustration"), ("data-result", "illustration")]);
            h.el("strong", &[], &format!("{}: ", t.illustration)).text(&text).close("p");
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};
    use crate::model::votes::Populations;
    use rust_decimal::Decimal;

    #[test]
    fn typed_population_changes_votes_and_is_labelled_illustration() {
        let base = calculate("vendsyssel", &Options::default()).unwrap();
        assert!(municipality_result(&base, 860, Lang::Da).contains("Hjørring har 1 stemme af sundhedsrådets 9"));
        let o = Options { populations: Populations::from([(860, 80_000)]), ..Options::default() };
        let r = calculate("vendsyssel", &o).unwrap();
        let s = municipality_result(&r, 860, Lang::Da);
        assert!(s.contains("Med 80.000 indbyggere får Hjørring 2 stemmer"), "{s}");
        assert!(s.contains("Illustration"));
        assert!(s.contains("10 medlemmer, heraf 6 regionale"), "{s}");
        assert!(s.contains("mio. kr., skøn; uden anlæg) blev fordelt"), "{s}");
    }

    /// Issue 12: the total row is not "the council's total funds" (anlæg and
    /// some pools lie outside it): the illustration names the pool exactly,
    /// as the phase-in chart does.
    #[test]
    fn reading_the_illustration_names_the_pool_exactly() {
        let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        let da = municipality_result(&r, 461, Lang::Da);
        assert!(!da.contains("samlede midler"), "{da}");
        assert!(da.contains("Hvis sundhedsrådets andel af puljen «Investeringer i de nye sundhedsråd» i 2031 (343,4 mio. kr., skøn; uden anlæg)"), "{da}");
        assert!(!da.contains("kr.."), "no double full stop after 343,4 mio. kr.: {da}");
        assert!(da.contains("mio. kr., skøn; uden anlæg) blev fordelt efter indbyggertal"), "{da}");
        let en = municipality_result(&r, 461, Lang::En);
        assert!(!en.contains("total funds"), "{en}");
        assert!(en.contains("the pool «Investments in the new health councils» in 2031 ("), "{en}");
    }

    #[test]
    fn odense_wording_is_kept() {
        let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        assert!(municipality_result(&r, 461, Lang::Da).contains("Med 210.000 indbyggere får Odense 2 stemmer"));
        assert!(municipality_result(&r, 461, Lang::En).contains("With 210,000 inhabitants Odense gets 2 votes"));
    }

    #[test]
    fn the_tier_a_population_falls_in_is_named() {
        use crate::model::votes::{Tier, VoteRule};
        let tiers = vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 2 }, Tier { from: 200_000, votes: 3 }];
        let rule = VoteRule { tiers, ..VoteRule::default() };
        // The region's other "80,000 or more" municipalities (Kolding, Vejle, Esbjerg) need a population too.
        let others = [(621, 100_000), (630, 100_000), (561, 100_000)];
        let with = |odense| Populations::from_iter(others.into_iter().chain([(461, odense)]));
        let o = Options { rule, populations: with(150_000), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        let da = municipality_result(&r, 461, Lang::Da);
        assert!(
            da.contains("Med 150.000 indbyggere får Odense 2 stemmer (trin: 80.000–199.999; Figur 9 svarer til 2)."),
            "{da}"
        );
        let o = Options { populations: with(210_000), ..o };
        let en = municipality_result(&calculate("fyn", &o).unwrap(), 461, Lang::En);
        assert!(en.contains("Odense gets 3 votes (tier: 200,000 or more; Figure 9 implies 2)."), "{en}");
        let o = Options { populations: Populations::from([(860, 50_000)]), ..Options::default() };
        let da = municipality_result(&calculate("vendsyssel", &o).unwrap(), 860, Lang::Da);
        assert!(da.contains("får Hjørring 1 stemme (trin: under 80.000 indbyggere;"), "{da}");
    }

    #[test]
    fn bug7_official_amount_not_labelled_estimate_municipality() {
        use crate::model::envelope::OfficialAmount;
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        let official = vec![OfficialAmount { pool, year: 2031, amount: Decimal::new(705, 1) }];
        let o = Options { populations: Populations::from([(860, 80_000)]), official, ..Options::default() };
        let r = calculate("vendsyssel", &o).unwrap();
        let da = municipality_result(&r, 860, Lang::Da);
        assert!(da.contains("i 2031 (70,5 mio. kr., officielt; uden anlæg) blev fordelt"), "{da}");
        assert!(!da.contains("skøn"), "{da}");
        let en = municipality_result(&r, 860, Lang::En);
        assert!(en.contains("in 2031 (70.5 mio. kr., official; capital not included) were split"), "{en}");
        assert!(!en.contains("estimate"), "{en}");
    }
}
