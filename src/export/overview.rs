//! The overview of all 17 councils (issue 8) as CSV: one row per council,
//! a subtotal row per region and a national total, then one row per source.
//!
//! The format follows the report's CSV ([`crate::i18n::csv`]): a byte order
//! mark; in Danish ';' between fields, decimal comma and Danish headers; in
//! English ',' and '.'. The first column (`council`, `region`, `national`,
//! `source`) and the second (council, region or column id) are identifiers,
//! the same in both languages. Amounts are exact (every decimal).
//!
//! Under a rule other than the published one, the computed columns are the
//! other rule's, and [`WHAT_IF_FIELDS`] more follow: the same figures under
//! the published rule, and what differs in words (the rule panel's words);
//! a source row `rule` names the rule in force.

use super::cell;
use crate::i18n::csv::{csv_number, csv_texts, BOM};
use crate::i18n::sentences::{figure_note, pool_name, rule_summary, source_place, votes_count};
use crate::i18n::Lang;
use crate::model::edition::{self, RegionId, SourceRef, COUNCILS, POOLS, SOURCES};
use crate::model::overview::{AgainstPublished, Overview, Row, Totals};
use crate::model::what_if::WhatIf;
use crate::render::overview::council_change;
use rust_decimal::Decimal;

/// The number of fields in every row under the published rule.
const FIELDS: usize = 15;

/// The fields that follow under another rule: municipal votes, regional
/// members, members and weighted votes under the published rule, and what
/// differs in words.
pub const WHAT_IF_FIELDS: usize = 5;

/// The overview CSV's words in one language.
struct Words {
    /// Headers before the two that carry numbers (two-vote, envelope).
    header: [&'static str; 13],
    /// "municipalities with" before the votes of the upper class.
    with: &'static str,
    /// The same when the tiers above the first differ: "municipalities with more than".
    with_more_than: &'static str,
    /// The what-if columns' headers.
    what_if: [&'static str; WHAT_IF_FIELDS],
    /// The source row of another rule, before its words.
    other_rule: &'static str,
    /// The computed columns' headers under another rule, by index in `header`.
    other_headers: [(usize, &'static str); 4],
}

const DA: Words = Words {
    header: [
        "niveau",
        "id",
        "navn",
        "region",
        "kommuner",
        "kommunernes stemmer",
        "regionale medlemmer",
        "medlemmer (beregnet)",
        "medlemmer (Figur 9)",
        "vægtede stemmer",
        "indbyggere, tusind (Figur 9)",
        "anlæg 2027–2031, mio. kr. (Figur 20)",
        "anlæg, kr. pr. borger (Figur 20)",
    ],
    with: "kommuner med",
    with_more_than: "kommuner med flere end",
    what_if: [
        "kommunernes stemmer (offentliggjort regel)",
        "regionale medlemmer (offentliggjort regel)",
        "medlemmer (offentliggjort regel)",
        "vægtede stemmer (offentliggjort regel)",
        "forskel fra den offentliggjorte regel",
    ],
    other_rule: "beregnet med en anden regel end den offentliggjorte",
    other_headers: [
        (5, "kommunernes stemmer (anden regel)"),
        (6, "regionale medlemmer (anden regel)"),
        (7, "medlemmer (anden regel)"),
        (9, "vægtede stemmer (anden regel)"),
    ],
};

const EN: Words = Words {
    header: [
        "level",
        "id",
        "name",
        "region",
        "municipalities",
        "municipal votes",
        "regional members",
        "members (computed)",
        "members (Figure 9)",
        "weighted votes",
        "population, thousands (Figure 9)",
        "capital 2027–2031, mio. kr. (Figure 20)",
        "capital, kr. per citizen (Figure 20)",
    ],
    with: "municipalities with",
    with_more_than: "municipalities with more than",
    what_if: [
        "municipal votes (published rule)",
        "regional members (published rule)",
        "members (published rule)",
        "weighted votes (published rule)",
        "difference from the published rule",
    ],
    other_rule: "computed with another rule than the published one",
    other_headers: [
        (5, "municipal votes (other rule)"),
        (6, "regional members (other rule)"),
        (7, "members (other rule)"),
        (9, "weighted votes (other rule)"),
    ],
};

/// The numbers of a council or a total, in column order after the region.
struct Numbers {
    municipalities: u32,
    two_vote: u32,
    municipal_votes: u32,
    regional_members: u32,
    members: u32,
    members_published: u32,
    weighted_votes: u32,
    population: u32,
    anlaeg: Decimal,
    per_citizen: Option<u32>,
    envelope: Option<Decimal>,
}

impl Numbers {
    fn of_row(r: &Row) -> Self {
        Numbers {
            municipalities: r.municipalities,
            two_vote: r.two_vote,
            municipal_votes: r.municipal_votes,
            regional_members: r.regional_members,
            members: r.members,
            members_published: r.members_published,
            weighted_votes: r.weighted_votes,
            population: r.population_thousands,
            anlaeg: r.anlaeg,
            per_citizen: Some(r.anlaeg_per_citizen),
            envelope: r.envelope,
        }
    }

    fn of_totals(t: &Totals) -> Self {
        Numbers {
            municipalities: t.municipalities,
            two_vote: t.two_vote,
            municipal_votes: t.municipal_votes,
            regional_members: t.regional_members,
            members: t.members,
            members_published: t.members_published,
            weighted_votes: t.weighted_votes,
            population: t.population_thousands,
            anlaeg: t.anlaeg,
            per_citizen: None,
            envelope: t.envelope,
        }
    }

    /// The 11 fields, numbers as the language's spreadsheet reads them.
    fn fields(&self, lang: Lang) -> Vec<String> {
        let mut v: Vec<String> = [
            self.municipalities,
            self.two_vote,
            self.municipal_votes,
            self.regional_members,
            self.members,
            self.members_published,
            self.weighted_votes,
            self.population,
        ]
        .iter()
        .map(u32::to_string)
        .collect();
        v.push(csv_number(self.anlaeg, lang));
        v.push(self.per_citizen.map(|n| n.to_string()).unwrap_or_default());
        v.push(self.envelope.map(|d| csv_number(d, lang)).unwrap_or_default());
        v
    }
}

/// "<document title>, <place>" as the report's CSV names a source.
fn source(s: SourceRef, lang: Lang) -> String {
    format!("{}, {}", edition::source_of(s).title, source_place(lang, s))
}

/// The envelope column's source: the national figure with its source, or
/// "not published".
fn envelope_source(o: &Overview, lang: Lang) -> String {
    let w = csv_texts(lang);
    match o.national {
        Some(f) => {
            let price = f.price_level.map(|p| format!(" ({p})")).unwrap_or_default();
            let note = Some(figure_note(lang, f)).filter(|n| !n.is_empty()).map(|n| format!(" – {n}"));
            let national = csv_number(f.amount.decimal(), lang);
            format!(
                "{} {national} mio. kr.: {}{price}{}",
                w.published,
                source(f.source, lang),
                note.unwrap_or_default()
            )
        }
        None => w.not_published.to_string(),
    }
}

/// The what-if fields of a council (`council` its index) or of a region's
/// or the country's sum (`region`, `None` for the country): the published
/// rule's figures, and the words for a council.
fn what_if_fields(w: &WhatIf, council: Option<usize>, region: Option<RegionId>, lang: Lang) -> Vec<String> {
    let of = |c: &&crate::model::what_if::CouncilWhatIf| match (council, region) {
        (Some(i), _) => c.council.0 == i,
        (None, Some(r)) => COUNCILS[c.council.0].region == r,
        (None, None) => true,
    };
    let chosen: Vec<_> = w.councils.iter().filter(of).collect();
    let sum = |f: fn(&crate::model::votes::Composition) -> u32| chosen.iter().map(|c| f(&c.published)).sum::<u32>();
    let mut v: Vec<String> =
        [sum(|k| k.municipal_votes), sum(|k| k.regional_members), sum(|k| k.total_members), sum(|k| k.total_votes)]
            .iter()
            .map(u32::to_string)
            .collect();
    v.push(match (council, chosen.first()) {
        (Some(_), Some(c)) => council_change(lang, c),
        _ => String::new(),
    });
    v
}

/// The overview as CSV in `lang` (see the module documentation).
pub fn overview_csv(o: &Overview, lang: Lang) -> String {
    let (w, words) = (csv_texts(lang), if lang == Lang::Da { &DA } else { &EN });
    let what_if = o.against_published.what_if();
    let fields_in_row = if what_if.is_some() { FIELDS + WHAT_IF_FIELDS } else { FIELDS };
    let sep = w.separator.to_string();
    let mut out = String::from(BOM);
    // A row: its fields (a source row's first three), then the what-if fields.
    let mut row = |mut fields: Vec<String>, extra: Option<Vec<String>>| {
        debug_assert!(fields.len() == FIELDS || fields.len() == 3);
        fields.resize(FIELDS, String::new());
        fields.extend(extra.unwrap_or_default());
        fields.resize(fields_in_row, String::new());
        out.push_str(&fields.iter().map(|f| cell(f, w.separator)).collect::<Vec<_>>().join(&sep));
        out.push('\n');
    };
    let two_vote = match o.rule.upper_votes() {
        Some(v) => format!("{} {}", words.with, votes_count(lang, v)),
        None => format!("{} {}", words.with_more_than, votes_count(lang, o.rule.tiers.first().map_or(0, |t| t.votes))),
    };
    let pool = pool_name(lang, &POOLS[o.pool.0]);
    let envelope = format!("{pool} {}, mio. kr. ({}: {})", o.year, w.estimate_key, o.key.id());
    let mut header: Vec<String> = words.header.iter().map(|s| s.to_string()).collect();
    if what_if.is_some() {
        // The computed columns are the other rule's.
        for (i, text) in words.other_headers {
            header[i] = text.to_string();
        }
    }
    header.insert(5, two_vote);
    header.push(envelope);
    row(header, what_if.map(|_| words.what_if.iter().map(|s| s.to_string()).collect()));
    let line = |level: &str, id: &str, name: &str, region: &str, n: Numbers| {
        let mut v = vec![level.to_string(), id.to_string(), name.to_string(), region.to_string()];
        v.extend(n.fields(lang));
        v
    };
    for g in &o.regions {
        for r in &g.rows {
            let extra = what_if.map(|w| what_if_fields(w, Some(r.council.0), None, lang));
            row(line("council", r.id, r.name, g.name, Numbers::of_row(r)), extra);
        }
        let extra = what_if.map(|w| what_if_fields(w, None, Some(g.region), lang));
        row(line("region", g.id, g.name, g.name, Numbers::of_totals(&g.subtotal)), extra);
    }
    let extra = what_if.map(|w| what_if_fields(w, None, None, lang));
    row(line("national", "", "", "", Numbers::of_totals(&o.total)), extra);
    let rule = match &o.against_published {
        AgainstPublished::Published => None,
        AgainstPublished::Other(_) => Some(format!("{}: {}", words.other_rule, rule_summary(lang, &o.rule))),
        AgainstPublished::NeedsPopulations { rule, codes } => Some(format!(
            "{}: {}. {}",
            words.other_rule,
            rule_summary(lang, rule),
            crate::model::ModelError::PopulationsNeeded(codes.clone()).message(lang)
        )),
    };
    if let Some(text) = rule {
        row(vec!["source".to_string(), "rule".to_string(), text], None);
    }
    for (id, text) in [
        ("members_published", source(SOURCES.council_members, lang)),
        ("population", source(SOURCES.council_population, lang)),
        ("computed", w.rule_source.to_string()),
        ("anlaeg", source(SOURCES.council_anlaeg, lang)),
        ("envelope", envelope_source(o, lang)),
    ] {
        row(vec!["source".to_string(), id.to_string(), text], None);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edition::pool_by_id;
    use crate::model::overview::overview;
    use crate::model::report::Options;
    use std::str::FromStr;

    // The CSV reader of the council CSV's tests (quoted fields kept whole).
    use crate::export::tests::read;

    fn o() -> Overview {
        overview(&Options::default(), pool_by_id("sundhedsraad_total").unwrap(), 2028).unwrap()
    }

    fn check(lang: Lang, sep: char, number: fn(&str) -> Decimal) {
        let o = o();
        let rows = read(&overview_csv(&o, lang), sep);
        assert!(rows.iter().all(|r| r.len() == FIELDS), "every row has {FIELDS} fields");
        let level = |l: &str| rows.iter().filter(|r| r[0] == l).collect::<Vec<_>>();
        let (councils, regions, national) = (level("council"), level("region"), level("national"));
        assert_eq!((councils.len(), regions.len(), national.len()), (17, 4, 1));
        assert_eq!(level("source").len(), 5);
        assert_eq!(rows.len(), 1 + 17 + 4 + 1 + 5);
        for (f, r) in councils.iter().zip(o.rows()) {
            assert_eq!((f[1].as_str(), f[2].as_str()), (r.id, r.name));
            assert_eq!(f[8].parse::<u32>().unwrap(), r.members);
            assert_eq!(f[9].parse::<u32>().unwrap(), r.members_published);
            assert_eq!(number(&f[12]), r.anlaeg);
            assert_eq!(Some(number(&f[14])), r.envelope);
        }
        for (f, g) in regions.iter().zip(&o.regions) {
            assert_eq!(f[1], g.id);
            assert_eq!(f[7].parse::<u32>().unwrap(), g.seats.seats_needed);
        }
        let sum: Decimal = regions.iter().map(|f| number(&f[14])).sum();
        assert_eq!(number(&national[0][14]), sum, "national = sum of the regions");
        assert_eq!(national[0][4], "98");
    }

    #[test]
    fn parses_into_17_councils_4_subtotals_and_a_total() {
        check(Lang::Da, ';', |s| Decimal::from_str(&s.replace(',', ".")).unwrap());
        check(Lang::En, ',', |s| Decimal::from_str(s).unwrap());
    }

    #[test]
    fn danish_headers_in_danish_english_in_english() {
        let o = o();
        let da = overview_csv(&o, Lang::Da);
        assert!(da.starts_with("\u{feff}niveau;id;navn;region;kommuner;kommuner med 2 stemmer;kommunernes stemmer;"));
        assert!(da.contains(";Investeringer i de nye sundhedsråd 2028, mio. kr. (skøn, nøgle: population)\n"), "{da}");
        assert!(da.contains("\ncouncil;fyn;Fyn;Syddanmark;9;1;10;11;20;20;21;466;260;570;"), "{da}");
        assert!(da.contains("\nsource;anlaeg;Sundhed tæt på dig – Regeringens udspil til sundhedsreform, Figur 20;"));
        assert!(da.contains("\nsource;envelope;offentliggjort 2050 mio. kr.: "));
        let en = overview_csv(&o, Lang::En);
        assert!(en.starts_with("\u{feff}level,id,name,region,municipalities,municipalities with 2 votes,"));
        assert!(en.contains("Figure 20"), "{en}");
        assert!(!en.contains("Figur ") && !en.contains("Tabel "), "{en}");
    }

    #[test]
    fn the_upper_column_follows_the_tiers() {
        use crate::model::overview::overview;
        use crate::model::report::Options;
        use crate::model::votes::{Tier, VoteRule};
        let flat = VoteRule { tiers: vec![Tier { from: 0, votes: 1 }], ..VoteRule::default() };
        let o = overview(
            &Options { rule: flat, ..Options::default() },
            crate::model::edition::pool_by_id("sundhedsraad_total").unwrap(),
            2028,
        )
        .unwrap();
        let da = overview_csv(&o, Lang::Da);
        // A rule other than the published one: the computed columns are its own.
        assert!(da.contains(";kommuner;kommuner med flere end 1 stemme;kommunernes stemmer (anden regel);"), "{da}");
        assert!(overview_csv(&o, Lang::En).contains(",municipalities with more than 1 vote,"));
    }

    #[test]
    fn another_rule_adds_the_published_rules_columns_and_the_words() {
        use crate::model::votes::{Tier, VoteRule};
        let rule = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 3 }],
            ..VoteRule::default()
        };
        let o =
            overview(&Options { rule, ..Options::default() }, pool_by_id("sundhedsraad_total").unwrap(), 2028).unwrap();
        let rows = read(&overview_csv(&o, Lang::Da), ';');
        assert!(rows.iter().all(|r| r.len() == FIELDS + WHAT_IF_FIELDS), "every row has the what-if fields");
        assert_eq!(rows[0][15..], DA.what_if.map(String::from));
        assert_eq!(rows[0][6], "kommunernes stemmer (anden regel)");
        // Fyn: 11 votes, 12 regional, 21 members, 23 weighted under the other
        // rule; 10, 11, 20, 21 under the published, and Odense in words.
        let fyn = rows.iter().find(|r| r[0] == "council" && r[1] == "fyn").unwrap();
        assert_eq!((fyn[6].as_str(), fyn[7].as_str(), fyn[8].as_str(), fyn[10].as_str()), ("11", "12", "21", "23"));
        assert_eq!(fyn[15..], ["10", "11", "20", "21", "+1 regionalt medlem; Odense: 2 → 3 stemmer"]);
        // The national row: the published rule's 131 regional members (14 + 30 + 30 + 57).
        let national = rows.iter().find(|r| r[0] == "national").unwrap();
        assert_eq!((national[16].as_str(), national[19].as_str()), ("131", ""));
        let rule = rows.iter().find(|r| r[0] == "source" && r[1] == "rule").unwrap();
        assert!(
            rule[2].starts_with("beregnet med en anden regel end den offentliggjorte: kommunerne har stemmer efter")
        );
        let en = read(&overview_csv(&o, Lang::En), ',');
        let fyn = en.iter().find(|r| r[0] == "council" && r[1] == "fyn").unwrap();
        assert_eq!(fyn[19], "+1 regional member; Odense: 2 → 3 votes");
        assert_eq!(en[0][15], "municipal votes (published rule)");
    }
}
