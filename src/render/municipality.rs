//! A municipality's result: its votes and share, what a typed population
//! does to its votes and the council's seats, and a per-capita illustration.

use super::Html;
use crate::i18n::texts::texts;
use crate::i18n::{format_decimal, format_int, format_pct, Lang};
use crate::model::edition::{self, pool_by_id};
use crate::model::envelope::per_capita_illustration;
use crate::model::report::Report;
use crate::model::votes::VoteBasis;

fn votes_word(n: u32, lang: Lang) -> &'static str {
    match (lang, n) {
        (Lang::Da, 1) => "stemme",
        (Lang::Da, _) => "stemmer",
        (Lang::En, 1) => "vote",
        (Lang::En, _) => "votes",
    }
}

/// The lines for municipality `code` in the report's council, as paragraphs.
pub fn municipality_result(r: &Report, code: u16, lang: Lang) -> String {
    let t = texts(lang);
    let k = &r.composition;
    let Some(m) = k.municipalities.iter().find(|m| m.code == code) else { return String::new() };
    let share = format_pct(r.vote_share(m.votes), lang);
    let mut h = Html::new();
    let first = match lang {
        Lang::Da => format!(
            "{} har {} {} af sundhedsrådets {} vægtede stemmer ({share}).",
            m.name,
            m.votes,
            votes_word(m.votes, lang),
            k.total_votes
        ),
        Lang::En => format!(
            "{} has {} {} of the council's {} weighted votes ({share}).",
            m.name,
            m.votes,
            votes_word(m.votes, lang),
            k.total_votes
        ),
    };
    h.el("p", &[("data-result", "votes")], &first);
    let VoteBasis::Population(p) = m.basis else { return h.finish() };
    let published = edition::municipality_by_code(code).map_or(m.votes, |x| x.published_votes);
    let threshold = format_int(r.options.rule.threshold, lang);
    let line = match lang {
        Lang::Da => format!(
            "Med {} indbyggere får {} {} {} (grænsen er {threshold}; Figur 9 svarer til {published}). Sundhedsrådet har da {} medlemmer, heraf {} regionale, og {} vægtede stemmer; {} stemmer giver flertal.",
            format_int(p, lang), m.name, m.votes, votes_word(m.votes, lang), k.total_members, k.regional_members, k.total_votes, k.majority_needed
        ),
        Lang::En => format!(
            "With {} inhabitants {} gets {} {} (the threshold is {threshold}; Figur 9 implies {published}). The council then has {} members, {} of them regional, and {} weighted votes; {} votes make a majority.",
            format_int(p, lang), m.name, m.votes, votes_word(m.votes, lang), k.total_members, k.regional_members, k.total_votes, k.majority_needed
        ),
    };
    h.el("p", &[("data-result", "population")], &line);
    let total = pool_by_id("sundhedsraad_total");
    let last = r
        .envelopes
        .iter()
        .filter(|e| Some(e.pool) == total)
        .flat_map(|e| e.years.iter())
        .filter_map(|y| y.council.map(|a| (y.year, a)))
        .next_back();
    if let Some((year, amount)) = last {
        if let Ok(part) = per_capita_illustration(amount, p, r.council_id) {
            let about = format_int(u64::from(r.council.population_thousands) * 1000, lang);
            let text = match lang {
                Lang::Da => format!(
                    "Hvis sundhedsrådets samlede midler i {year} ({} mio. kr., skøn) blev fordelt efter indbyggertal, ville {} med {} af sundhedsrådets ca. {about} indbyggere (Figur 9) få {} mio. kr. Der findes ingen sådan formel: kommunernes andele aftales mellem sundhedsrådet og hver kommunalbestyrelse.",
                    format_decimal(amount, 1, lang), m.name, format_int(p, lang), format_decimal(part, 1, lang)
                ),
                Lang::En => format!(
                    "If the council's total funds in {year} ({} mio. kr., estimate) were split by population, {} with {} of the council's about {about} inhabitants (Figur 9) would get {} mio. kr. No such formula exists: the municipalities' shares are agreed between the council and each municipal board.",
                    format_decimal(amount, 1, lang), m.name, format_int(p, lang), format_decimal(part, 1, lang)
                ),
            };
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
    }
}
