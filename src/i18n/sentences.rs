//! Sentences that carry numbers or names, in Danish and English.
//!
//! One function per sentence; each language's wording is one line of data in
//! a `by_lang!` call, so the two stand side by side. Numbers are formatted
//! here in the language's convention ([`format_int`], [`format_decimal`],
//! [`format_pct`]).

use super::texts::texts;
use super::{format_decimal, format_int, format_pct, Lang};
use crate::model::edition::{Figure, Pool, SourceRef};
use crate::model::envelope::{Basis, Key, YearAmount};
use crate::model::votes::{Composition, Majority, RegionSeats, VoteRule};
use rust_decimal::Decimal;

/// "1 stemme", "2 stemmer"; "1 vote", "2 votes".
pub fn votes_count(lang: Lang, n: u32) -> String {
    match n {
        1 => by_lang!(lang, da: "{n} stemme", en: "{n} vote"),
        _ => by_lang!(lang, da: "{n} stemmer", en: "{n} votes"),
    }
}

/// A pool's name in the language.
pub fn pool_name(lang: Lang, pool: &Pool) -> &'static str {
    match lang {
        Lang::Da => pool.name_da,
        Lang::En => pool.name_en,
    }
}

/// The name of a distribution key, as the key choice shows it.
pub fn key_label(lang: Lang, key: &Key) -> &'static str {
    let t = texts(lang);
    match key {
        Key::Population => t.key_population,
        Key::Anlaeg => t.key_anlaeg,
        Key::Custom(_) => t.key_custom,
    }
}

/// "officielt" or "skøn" ("official", "estimate") for how an amount was
/// found; "ikke offentliggjort" for a year without one.
pub fn basis_word(lang: Lang, basis: Basis) -> &'static str {
    let t = texts(lang);
    match basis {
        Basis::Official => t.official_lc,
        Basis::Estimate => t.estimate_lc,
        Basis::Unpublished => t.unpublished_lc,
    }
}

/// Which kinds of council amounts a table or chart shows, for its caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Only estimates by the key (also when nothing is shown).
    Estimates,
    /// Only official amounts from the embedding page.
    Official,
    /// Both: estimates, except amounts marked official.
    Mixed,
}

impl Shown {
    /// The kinds among the amounts that exist (unpublished years ignored).
    pub fn of(bases: impl IntoIterator<Item = Basis>) -> Shown {
        let (mut official, mut estimate) = (false, false);
        for b in bases {
            official |= b == Basis::Official;
            estimate |= b == Basis::Estimate;
        }
        match (official, estimate) {
            (true, false) => Shown::Official,
            (true, true) => Shown::Mixed,
            (false, _) => Shown::Estimates,
        }
    }
}

/// An official amount in a table cell: "70,5 (officielt)".
pub fn official_amount(lang: Lang, amount: Decimal) -> String {
    let (a, word) = (format_decimal(amount, 1, lang), texts(lang).official_lc);
    format!("{a} ({word})")
}

/// How a caption labels the amounts it shows, with the key of the
/// estimates when `key` is given: "skøn: Befolkningsandel (Figur 9)",
/// "officielt", "skøn efter …, undtagen beløb markeret officielt"; without
/// it "skøn", "officielt", "skøn, undtagen beløb markeret officielt".
pub fn shown_label(lang: Lang, shown: Shown, key: Option<&str>) -> String {
    match (shown, key) {
        (Shown::Estimates, Some(key)) => by_lang!(lang,
            da: "skøn: {key}",
            en: "estimate: {key}"),
        (Shown::Estimates, None) => by_lang!(lang,
            da: "skøn",
            en: "estimate"),
        (Shown::Official, _) => by_lang!(lang,
            da: "officielt",
            en: "official"),
        (Shown::Mixed, Some(key)) => by_lang!(lang,
            da: "skøn efter {key}, undtagen beløb markeret officielt",
            en: "estimate by {key}, except amounts marked official"),
        (Shown::Mixed, None) => by_lang!(lang,
            da: "skøn, undtagen beløb markeret officielt",
            en: "estimate, except amounts marked official"),
    }
}

/// Caption of the council's amounts (pools × years): "Dette sundhedsråd,
/// mio. kr. – Fyn (skøn: Befolkningsandel (Figur 9))", labelled by
/// [`shown_label`].
pub fn council_amounts_caption(lang: Lang, council: &str, key: &Key, shown: Shown) -> String {
    let label = shown_label(lang, shown, Some(key_label(lang, key)));
    format!("{} – {council} ({label})", texts(lang).this_council)
}

/// Caption (text alternative) of the phase-in chart: "Indfasning af
/// sundhedsrådets samlede midler – Fyn, mio. kr. (skøn): 2027: 1.234,5
/// mio. kr.; …; 2031: ikke offentliggjort." Official amounts say so: the
/// whole caption when all are, each one when only some are.
pub fn phase_in_caption(lang: Lang, council: &str, years: &[YearAmount]) -> String {
    let t = texts(lang);
    let shown = Shown::of(years.iter().map(|y| y.basis));
    let (head, mio) = (t.phase_in, t.mio);
    let summary: Vec<String> = years
        .iter()
        .map(|y| {
            let year = y.year;
            match (y.council, y.basis) {
                (Some(v), Basis::Official) if shown == Shown::Mixed => {
                    let (v, word) = (format_decimal(v, 1, lang), t.official_lc);
                    format!("{year}: {v} {mio} ({word})")
                }
                (Some(v), _) => format!("{year}: {} {mio}", format_decimal(v, 1, lang)),
                (None, _) => format!("{year}: {}", t.unpublished_lc),
            }
        })
        .collect();
    let summary = summary.join("; ");
    // "… 70,5 mio. kr." ends the sentence already: no second full stop.
    let end = if summary.ends_with('.') { "" } else { "." };
    let label = shown_label(lang, shown, None);
    format!("{head} – {council}, {mio} ({label}): {summary}{end}")
}

/// A municipality's votes: "Odense har 2 stemmer af sundhedsrådets 21
/// vægtede stemmer (9,5 %)."; `share` is 0..=1.
pub fn municipality_votes(lang: Lang, name: &str, votes: u32, total: u32, share: Decimal) -> String {
    let (votes, share) = (votes_count(lang, votes), format_pct(share, lang));
    by_lang!(lang,
        da: "{name} har {votes} af sundhedsrådets {total} vægtede stemmer ({share}).",
        en: "{name} has {votes} of the council's {total} weighted votes ({share}).")
}

/// What a typed population does: "Med 210.000 indbyggere får Odense 2
/// stemmer (trin: 80.000 eller flere; Figur 9 svarer til 2). Sundhedsrådet
/// har da …"; the tier is the rule's range the population falls in,
/// `published` the votes Figur 9 implies, `k` the resulting council.
pub fn population_votes(
    lang: Lang,
    name: &str,
    population: u64,
    votes: u32,
    rule: &VoteRule,
    published: u32,
    k: &Composition,
) -> String {
    let ranges = vote_ranges(rule);
    let tier = ranges.iter().rev().find(|r| r.0 <= population).map_or_else(String::new, |r| range_text(lang, r));
    let (population, votes) = (format_int(population, lang), votes_count(lang, votes));
    let (members, regional, total, majority) = (k.total_members, k.regional_members, k.total_votes, k.majority_needed);
    by_lang!(lang,
        da: "Med {population} indbyggere får {name} {votes} (trin: {tier}; Figur 9 svarer til {published}). Sundhedsrådet har da {members} medlemmer, heraf {regional} regionale, og {total} vægtede stemmer; {majority} stemmer giver flertal.",
        en: "With {population} inhabitants {name} gets {votes} (tier: {tier}; Figure 9 implies {published}). The council then has {members} members, {regional} of them regional, and {total} weighted votes; {majority} votes make a majority.")
}

/// A rule's tiers as ranges of population with their votes, neighbours with
/// the same votes joined: `(from, until, votes)`, `until` the next range's
/// `from` (none for the last).
fn vote_ranges(rule: &VoteRule) -> Vec<(u64, Option<u64>, u32)> {
    let mut out: Vec<(u64, Option<u64>, u32)> = Vec::new();
    for t in &rule.tiers {
        if let Some(last) = out.last_mut() {
            if last.2 == t.votes {
                continue;
            }
            last.1 = Some(t.from);
        }
        out.push((t.from, None, t.votes));
    }
    out
}

/// A range of population in words: "under 80.000 indbyggere",
/// "80.000–199.999", "200.000 eller flere"; "alle indbyggertal" for the
/// only range.
fn range_text(lang: Lang, range: &(u64, Option<u64>, u32)) -> String {
    let from = format_int(range.0, lang);
    match (range.0, range.1) {
        (0, None) => by_lang!(lang, da: "alle indbyggertal", en: "any population"),
        (0, Some(u)) => {
            let u = format_int(u, lang);
            by_lang!(lang, da: "under {u} indbyggere", en: "under {u} inhabitants")
        }
        (_, None) => by_lang!(lang, da: "{from} eller flere", en: "{from} or more"),
        (_, Some(u)) => format!("{from}–{}", format_int(u - 1, lang)),
    }
}

/// The figures of the per-capita illustration.
#[derive(Debug, Clone, Copy)]
pub struct Illustration<'a> {
    /// The year of the amount.
    pub year: u16,
    /// The council's part of the pool «Investeringer i de nye sundhedsråd»
    /// (without anlæg) that year, mio. kr.
    pub amount: Decimal,
    /// How the amount was found (official or estimate).
    pub basis: Basis,
    /// The municipality's name.
    pub municipality: &'a str,
    /// The municipality's population as typed.
    pub population: u64,
    /// The council's population (Figur 9).
    pub council_population: u64,
    /// The municipality's part by population, mio. kr.
    pub part: Decimal,
}

/// The per-capita illustration: "Hvis sundhedsrådets andel af puljen
/// «Investeringer i de nye sundhedsråd» i 2030 (1.234,5 mio. kr., skøn;
/// uden anlæg) blev fordelt efter indbyggertal, …": the pool named exactly,
/// as the phase-in chart names it (anlæg and some pools lie outside it, so
/// not "the council's total funds"); the amount is labelled
/// "officielt"/"official" when it is official.
pub fn illustration(lang: Lang, i: &Illustration) -> String {
    let (year, name, basis) = (i.year, i.municipality, basis_word(lang, i.basis));
    let (amount, part) = (format_decimal(i.amount, 1, lang), format_decimal(i.part, 1, lang));
    let (population, about) = (format_int(i.population, lang), format_int(i.council_population, lang));
    by_lang!(lang,
        da: "Hvis sundhedsrådets andel af puljen «Investeringer i de nye sundhedsråd» i {year} ({amount} mio. kr., {basis}; uden anlæg) blev fordelt efter indbyggertal, ville {name} med {population} af sundhedsrådets ca. {about} indbyggere (Figur 9) få {part} mio. kr. Der findes ingen sådan formel: kommunernes andele aftales mellem sundhedsrådet og hver kommunalbestyrelse.",
        en: "If the council's part of the pool «Investments in the new health councils» in {year} ({amount} mio. kr., {basis}; capital not included) were split by population, {name} with {population} of the council's about {about} inhabitants (Figure 9) would get {part} mio. kr. No such formula exists: the municipalities' shares are agreed between the council and each municipal board.")
}

/// The municipalities' votes under `rule`: "1 stemme" for a single range,
/// else "stemmer efter indbyggertal (under 80.000 indbyggere: 1 stemme; …)".
fn municipal_votes(lang: Lang, rule: &VoteRule) -> String {
    let ranges = vote_ranges(rule);
    match ranges.as_slice() {
        [only] => votes_count(lang, only.2),
        _ => {
            let list: Vec<String> =
                ranges.iter().map(|r| format!("{}: {}", range_text(lang, r), votes_count(lang, r.2))).collect();
            let list = list.join("; ");
            by_lang!(lang, da: "stemmer efter indbyggertal ({list})", en: "votes by population ({list})")
        }
    }
}

/// A whole rule in words, to follow a colon: "kommunerne har stemmer efter
/// indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000 eller flere: 3
/// stemmer); hvert regionalt medlem har 1 stemme; regionen skal have flertal
/// af både medlemmer og stemmer".
pub fn rule_summary(lang: Lang, rule: &VoteRule) -> String {
    let municipal = match vote_ranges(rule).as_slice() {
        [only] => {
            let v = votes_count(lang, only.2);
            by_lang!(lang, da: "hver kommune har {v}", en: "each municipality has {v}")
        }
        _ => {
            let v = municipal_votes(lang, rule);
            by_lang!(lang, da: "kommunerne har {v}", en: "the municipalities have {v}")
        }
    };
    let w = votes_count(lang, rule.regional_weight);
    let majority = match rule.majority {
        Majority::HeadsAndVotes => by_lang!(lang,
            da: "regionen skal have flertal af både medlemmer og stemmer",
            en: "the region must hold a majority of both members and votes"),
        Majority::Votes => by_lang!(lang,
            da: "regionen skal kun have flertal af stemmerne",
            en: "the region must hold a majority of the votes only"),
        Majority::Fixed(n) => {
            let n = format_int(u64::from(n), lang);
            by_lang!(lang,
                da: "{n} regionale medlemmer i hvert sundhedsråd uden krav om flertal",
                en: "{n} regional members in each council, with no majority required")
        }
    };
    by_lang!(lang,
        da: "{municipal}; hvert regionalt medlem har {w}; {majority}",
        en: "{municipal}; each regional member has {w}; {majority}")
}

/// Who the members are and their votes under `rule`: "Hver kommunes medlem
/// er formanden for sundheds- og omsorgsudvalget, med stemmer efter
/// indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000 eller flere: 2
/// stemmer). Regionens medlemmer kommer fra regionsrådet og har 1 stemme hver."
pub fn members_note(lang: Lang, rule: &VoteRule) -> String {
    let municipal = municipal_votes(lang, rule);
    let regional = votes_count(lang, rule.regional_weight);
    by_lang!(lang,
        da: "Hver kommunes medlem er formanden for sundheds- og omsorgsudvalget, med {municipal}. Regionens medlemmer kommer fra regionsrådet og har {regional} hver.",
        en: "Each municipality's member is the chair of its health and care committee, with {municipal}. The region's members come from the regional council and have {regional} each.")
}

/// What the region holds in the council, and why it has the members it has
/// under the rule's `majority`: the majorities are stated as they are, also
/// when a rule with a stated number of members leaves the region without one.
pub fn region_majority(lang: Lang, k: &Composition, majority: Majority) -> String {
    let (regional, members, rvotes, total, mvotes) =
        (k.regional_members, k.total_members, k.regional_votes, k.total_votes, k.municipal_votes);
    let holds = match (k.region_majority_heads, k.region_majority_votes) {
        (true, true) => by_lang!(lang,
            da: "altså flertal både i antal medlemmer og i stemmer",
            en: "a majority both in members and in votes"),
        (true, false) => by_lang!(lang,
            da: "altså flertal i antal medlemmer, men ikke i stemmer",
            en: "a majority in members, but not in votes"),
        (false, true) => by_lang!(lang,
            da: "altså flertal i stemmer, men ikke i antal medlemmer",
            en: "a majority in votes, but not in members"),
        (false, false) => by_lang!(lang,
            da: "altså hverken flertal i antal medlemmer eller i stemmer",
            en: "a majority neither in members nor in votes"),
    };
    let why = match majority {
        Majority::HeadsAndVotes => by_lang!(lang,
            da: "Hver kommune har ét medlem, og kommunerne har tilsammen {mvotes} stemmer, så regionen skal have mindst {regional} medlemmer for at have flertal i begge betydninger.",
            en: "Each municipality has one member, and together they have {mvotes} votes, so the region needs at least {regional} members to hold a majority in both senses."),
        Majority::Votes => by_lang!(lang,
            da: "Kommunerne har tilsammen {mvotes} stemmer, så regionen skal have mindst {regional} medlemmer for at have flertal i stemmer; reglen kræver ikke flertal i antal medlemmer.",
            en: "Together the municipalities have {mvotes} votes, so the region needs at least {regional} members to hold a majority in votes; the rule does not require a majority in members."),
        Majority::Fixed(_) => by_lang!(lang,
            da: "Reglen fastsætter {regional} regionale medlemmer uden krav om flertal.",
            en: "The rule sets {regional} regional members, with no majority required."),
    };
    by_lang!(lang,
        da: "Regionen har {regional} af {members} medlemmer og {rvotes} af {total} vægtede stemmer, {holds}. {why}",
        en: "The region has {regional} of {members} members and {rvotes} of {total} weighted votes: {holds}. {why}")
}

/// The seat chart's text alternative.
pub fn seat_chart_label(lang: Lang, regional: u32, municipal: u32) -> String {
    let head = texts(lang).seat_chart;
    by_lang!(lang,
        da: "{head}: {regional} regionale medlemmer (udfyldte firkanter) og {municipal} kommunale medlemmer (cirkler med kommunens antal stemmer).",
        en: "{head}: {regional} regional members (filled squares) and {municipal} municipal members (circles showing the municipality's votes).")
}

/// The regional seats a region's councils need, against its regional
/// council's size, and what follows when they exceed it.
pub fn region_seats_line(lang: Lang, region: &str, rs: &RegionSeats) -> String {
    let (head, needed, udspil, law) =
        (texts(lang).region_seats, rs.seats_needed, rs.regionsraad_udspil, rs.regionsraad_law);
    let extra = rs.seats_beyond_members();
    let more = match extra {
        0 => String::new(),
        _ => by_lang!(lang,
            da: " Nogle medlemmer må derfor sidde i mere end ét sundhedsråd ({extra} pladser ud over regionsrådets medlemstal). Kilderne siger ikke, hvordan pladserne besættes.",
            en: " So some members must sit on more than one council ({extra} seats beyond the regional council's size). The sources do not say how the seats are filled."),
    };
    by_lang!(lang,
        da: "{head}: {needed} i alt for sundhedsrådene i Region {region}. Regionsrådet har {udspil} medlemmer efter udspillet (Figur 8) og {law} efter loven (L 214).{more}",
        en: "{head}: {needed} in all for the councils in Region {region}. The regional council has {udspil} members in the proposal (Figure 8) and {law} under the law (L 214).{more}")
}

/// Figur 9's member count and the council's population (in thousands).
pub fn published_members(lang: Lang, members: u32, population_thousands: u32) -> String {
    let t = texts(lang);
    let (head, thousand, population) =
        (t.published_members, t.thousand, format_int(u64::from(population_thousands), lang));
    by_lang!(lang,
        da: "{head}: {members} medlemmer. Indbyggere i sundhedsrådets område (Figur 9): ca. {population} {thousand}.",
        en: "{head}: {members} members. Inhabitants of the council area (Figure 9): about {population} {thousand}.")
}

/// Where in its document a source points, in the language: "Tabel 1",
/// "Table 1".
pub fn source_place(lang: Lang, s: SourceRef) -> &'static str {
    match lang {
        Lang::Da => s.place,
        Lang::En => s.place_en,
    }
}

/// A published figure's note for the reader in the language ("" for none).
pub fn figure_note(lang: Lang, f: &Figure) -> &'static str {
    match lang {
        Lang::Da => f.note_da,
        Lang::En => f.note_en,
    }
}

/// Names joined as a list: "A", "A og B", "A, B og C".
fn name_list(lang: Lang, names: &[&str]) -> String {
    let and = by_lang!(lang, da: " og ", en: " and ");
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Why the municipalities without a typed population have their votes, in
/// plain words: "Slagelse og Næstved regnes med 2 stemmer og de øvrige
/// kommuner med 1 stemme, fordi Figur 9's medlemstal (19) kun går op sådan.";
/// `more` are those of the published class "80,000 or more", `others` how
/// many are of the class "under 80,000", `votes` the rule's votes for the two
/// classes (more, others).
pub fn votes_basis_note(lang: Lang, members: u32, more: &[&str], others: usize, votes: (u32, u32)) -> String {
    let (above, below) = (votes_count(lang, votes.0), votes_count(lang, votes.1));
    let (names, votes, rest) = match (more.len(), others) {
        (0, _) => (by_lang!(lang, da: "Kommunerne", en: "The municipalities"), below, String::new()),
        (_, 0) => (name_list(lang, more), above, String::new()),
        _ => (
            name_list(lang, more),
            above,
            by_lang!(lang, da: " og de øvrige kommuner med {below}", en: " and the others with {below}"),
        ),
    };
    by_lang!(lang,
        da: "{names} regnes med {votes}{rest}, fordi Figur 9's medlemstal ({members}) kun går op sådan.",
        en: "{names} count with {votes}{rest}, because only that adds up to Figure 9's member count ({members}).")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::votes::Tier;

    #[test]
    fn votes_agree_in_number() {
        assert_eq!(votes_count(Lang::Da, 1), "1 stemme");
        assert_eq!(votes_count(Lang::Da, 2), "2 stemmer");
        assert_eq!(votes_count(Lang::En, 1), "1 vote");
        assert_eq!(votes_count(Lang::En, 3), "3 votes");
    }

    #[test]
    fn members_note_follows_the_rule() {
        let rule = VoteRule::default();
        assert_eq!(
            members_note(Lang::Da, &rule),
            "Hver kommunes medlem er formanden for sundheds- og omsorgsudvalget, med stemmer efter indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000 eller flere: 2 stemmer). Regionens medlemmer kommer fra regionsrådet og har 1 stemme hver."
        );
        let flat = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 1 }],
            regional_weight: 3,
            ..rule
        };
        assert!(members_note(Lang::En, &flat)
            .ends_with("with 1 vote. The region's members come from the regional council and have 3 votes each."));
        let three = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 2 }, Tier { from: 200_000, votes: 3 }],
            ..VoteRule::default()
        };
        assert!(members_note(Lang::Da, &three).contains(
            "med stemmer efter indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000–199.999: 2 stemmer; 200.000 eller flere: 3 stemmer)."
        ));
        assert!(members_note(Lang::En, &three).contains(
            "with votes by population (under 80,000 inhabitants: 1 vote; 80,000–199,999: 2 votes; 200,000 or more: 3 votes)."
        ));
        // Neighbouring tiers with the same votes read as one range.
        let joined = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 50_000, votes: 1 }, Tier { from: 100_000, votes: 2 }],
            ..VoteRule::default()
        };
        assert!(
            members_note(Lang::En, &joined).contains("(under 100,000 inhabitants: 1 vote; 100,000 or more: 2 votes)")
        );
    }

    #[test]
    fn a_rule_in_words() {
        assert_eq!(
            rule_summary(Lang::Da, &VoteRule::default()),
            "kommunerne har stemmer efter indbyggertal (under 80.000 indbyggere: 1 stemme; 80.000 eller flere: 2 stemmer); hvert regionalt medlem har 1 stemme; regionen skal have flertal af både medlemmer og stemmer"
        );
        let fixed =
            VoteRule { tiers: vec![Tier { from: 0, votes: 1 }], regional_weight: 2, majority: Majority::Fixed(1200) };
        assert_eq!(
            rule_summary(Lang::En, &fixed),
            "each municipality has 1 vote; each regional member has 2 votes; 1,200 regional members in each council, with no majority required"
        );
        let votes = VoteRule { majority: Majority::Votes, ..VoteRule::default() };
        assert!(rule_summary(Lang::Da, &votes).ends_with("; regionen skal kun have flertal af stemmerne"));
    }

    #[test]
    fn region_majority_says_what_the_region_holds() {
        use crate::model::edition::council_index;
        use crate::model::votes::{compose_council, Populations};
        let fyn = council_index("fyn").unwrap();
        let say = |majority, w, lang| {
            let rule = VoteRule { majority, regional_weight: w, ..VoteRule::default() };
            region_majority(lang, &compose_council(fyn, &Populations::new(), &rule).unwrap(), majority)
        };
        assert_eq!(
            say(Majority::HeadsAndVotes, 1, Lang::Da),
            "Regionen har 11 af 20 medlemmer og 11 af 21 vægtede stemmer, altså flertal både i antal medlemmer og i stemmer. Hver kommune har ét medlem, og kommunerne har tilsammen 10 stemmer, så regionen skal have mindst 11 medlemmer for at have flertal i begge betydninger."
        );
        let fixed = say(Majority::Fixed(5), 1, Lang::Da);
        assert!(fixed.contains("5 af 14 medlemmer og 5 af 15 vægtede stemmer, altså hverken flertal"), "{fixed}");
        assert!(fixed.ends_with("Reglen fastsætter 5 regionale medlemmer uden krav om flertal."), "{fixed}");
        let votes = say(Majority::Votes, 2, Lang::En);
        assert!(
            votes.contains("6 of 15 members and 12 of 22 weighted votes: a majority in votes, but not in members."),
            "{votes}"
        );
        assert!(votes.contains("the rule does not require a majority in members"), "{votes}");
        let fixed = say(Majority::Fixed(9), 2, Lang::En);
        assert!(fixed.contains(": a majority in votes, but not in members."), "{fixed}");
    }

    #[test]
    fn reading_english_view_translates_figure_table_and_votes() {
        use crate::render::motion::member_legend;
        assert_eq!(member_legend(Lang::En, "Samsø", 1), "Samsø (1 vote)");
        assert_eq!(member_legend(Lang::En, "Aarhus", 2), "Aarhus (2 votes)");
        let en = texts(Lang::En);
        for t in [
            en.published_members,
            en.key_population,
            en.key_anlaeg,
            en.anlaeg_note,
            en.anlaeg_published,
            en.council_population,
        ] {
            assert!(!t.contains("Figur ") && !t.contains("Tabel "), "{t}");
        }
        assert!(published_members(Lang::En, 20, 466).contains("(Figure 9)"));
        for s in crate::model::edition::FIGURES
            .iter()
            .map(|f| f.source)
            .chain([crate::model::edition::SOURCES.council_members])
        {
            assert!(!source_place(Lang::En, s).contains("Tabel") && !source_place(Lang::En, s).contains("Figur "));
        }
    }

    #[test]
    fn reading_populations_are_not_in_the_sources_but_at_statistics_denmark() {
        for lang in [Lang::Da, Lang::En] {
            let t = texts(lang);
            assert!(t.population_hint.contains("FOLK1A") && t.population_hint.contains("statistikbanken.dk"));
            for s in [t.population_hint, t.data_note] {
                assert!(!s.contains("ikke offentliggjort") && !s.contains("not published"), "{s}");
            }
        }
    }

    #[test]
    fn shown_kinds() {
        use Basis::*;
        assert_eq!(Shown::of([Estimate, Unpublished]), Shown::Estimates);
        assert_eq!(Shown::of([Official, Unpublished]), Shown::Official);
        assert_eq!(Shown::of([Official, Estimate]), Shown::Mixed);
        assert_eq!(Shown::of([]), Shown::Estimates);
    }
}
