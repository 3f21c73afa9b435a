//! Options for a calculation, validated from what an embedding page passes
//! ([`OptionsInput`], the `overrides` property or `calculate(raad, options)`).
//!
//! Accepted shape (every key optional; see [`OptionsInput`]):
//!
//! ```text
//! {
//!   edition:     "udspil-2024" | "foraarsaftale-2025" | "inspirationskatalog-2025" | "latest",
//!   key:         "population" | "anlaeg" | { "<council id>": weight, … all 17 },
//!   populations: { "<kommunekode>": inhabitants, … },
//!   official:    { "<pool id>": { "<year>": mio. kr., … }, … },
//!   rule:        { threshold, votesBelow, votesAtOrAbove, regionalWeight, majority, regionalMembers }
//!             or { tiers: [{ from, votes }, …], regionalWeight, majority, regionalMembers }
//! }
//! ```
//!
//! Numbers may be JS numbers or strings ("312.5" or "312,5"). Anything else is
//! rejected with a [`ModelError`] that names the offending entry.
//!
//! A rule's `majority` is "headsAndVotes" (default), "votes" or "none"; with
//! "none", and only then, `regionalMembers` says how many regional members
//! there are. `tiers` cannot be mixed with the old shape's fields.

use super::contract::{Given, OptionsInput};
use super::edition::{self, DocumentId, Side};
use super::envelope::{Key, OfficialAmount, YEARS};
use super::error::{Expected, ModelError, RuleProblem};
use super::votes::{Majority, Populations, Tier, VoteRule, MAX_POPULATION, PUBLISHED_THRESHOLD};
use rust_decimal::Decimal;

/// Validated options.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// The edition of the national figures; `None`: the latest that publishes
    /// each figure.
    pub edition: Option<DocumentId>,
    /// How national amounts are shared among councils.
    pub key: Key,
    /// Municipal populations by kommunekode.
    pub populations: Populations,
    /// The council's official amounts, when the embedding page has them.
    pub official: Vec<OfficialAmount>,
    /// The voting rule.
    pub rule: VoteRule,
}

/// The largest amount accepted, in mio. kr. (ten times the whole reform).
const MAX_AMOUNT_MIO: i64 = 1_000_000;

/// Parses a non-negative decimal from a number or a text.
///
/// A JS number is read as the shortest decimal that reads back as it
/// (312.5, 62.3: [`number_decimal`](super::contract::number_decimal)), so
/// no float is ever rounded into an amount. Texts take digits with
/// one optional decimal point ('.' or ','), at most 20 digits in all; no
/// signs, exponents or grouping.
pub fn parse_decimal(v: &Given) -> Option<Decimal> {
    let d = match v {
        Given::Number(n) => parse_decimal_text(&super::contract::number_decimal(*n)?.to_string())?,
        Given::Text(s) => parse_decimal_text(s)?,
        _ => return None,
    };
    (!d.is_sign_negative() || d.is_zero()).then_some(d)
}

/// Parses "312.5", "312,5" or "80000" exactly. The crate's own parser takes
/// forms this one must reject (signs, exponents, underscores), so the digits
/// are checked here and the value built from them.
fn parse_decimal_text(s: &str) -> Option<Decimal> {
    let t = s.trim();
    let (int, frac) = match t.find(['.', ',']) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, ""),
    };
    let all = || int.bytes().chain(frac.bytes());
    if int.is_empty() || int.len() + frac.len() > 20 || !all().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = all().fold(0i128, |m, b| m * 10 + i128::from(b - b'0'));
    Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32).ok()
}

/// A non-negative whole decimal as `u64`.
fn whole(d: Decimal) -> Option<u64> {
    use rust_decimal::prelude::ToPrimitive;
    (d.fract().is_zero() && !d.is_sign_negative()).then(|| d.to_u64())?
}

fn populations(given: &Given) -> Result<Populations, ModelError> {
    let mut out = Populations::new();
    for (code, p) in given.entries("populations")? {
        let m = code
            .trim()
            .parse::<u16>()
            .ok()
            .and_then(edition::municipality_by_code)
            .ok_or_else(|| ModelError::UnknownMunicipality(code.clone()))?;
        let bad = || ModelError::InvalidPopulation { code: code.clone(), value: p.display() };
        let n = parse_decimal(p).and_then(whole).filter(|n| (1..=MAX_POPULATION).contains(n)).ok_or_else(bad)?;
        if out.insert(m.code, n).is_some() {
            return Err(ModelError::DuplicateMunicipality(code.clone()));
        }
    }
    Ok(out)
}

fn key(k: &Given) -> Result<Key, ModelError> {
    let weights = match k {
        Given::Text(s) if s == "population" => return Ok(Key::Population),
        Given::Text(s) if s == "anlaeg" => return Ok(Key::Anlaeg),
        Given::Object(_) | Given::TooMany => k.entries("key")?,
        _ => return Err(ModelError::WrongType { path: "key".into(), expected: Expected::Key }),
    };
    let mut by_council = vec![None; edition::COUNCILS.len()];
    for (id, w) in weights {
        let i = edition::council_index(id).ok_or_else(|| ModelError::UnknownCouncil(id.clone()))?;
        let d = parse_decimal(w)
            .filter(|d| *d <= Decimal::from(MAX_AMOUNT_MIO))
            .ok_or_else(|| ModelError::InvalidWeight { entry: id.clone(), value: w.display() })?;
        by_council[i.0] = Some(d);
    }
    let missing: Vec<String> =
        edition::COUNCILS.iter().zip(&by_council).filter(|(_, w)| w.is_none()).map(|(c, _)| c.id.to_string()).collect();
    if !missing.is_empty() {
        return Err(ModelError::KeyIncomplete(missing));
    }
    let weights: Vec<Decimal> = by_council.into_iter().flatten().collect();
    if weights.iter().all(|w| w.is_zero()) {
        return Err(ModelError::KeySumsToZero);
    }
    Ok(Key::Custom(weights))
}

fn official(given: &Given) -> Result<Vec<OfficialAmount>, ModelError> {
    let mut out = Vec::new();
    for (pool_id, years) in given.entries("official")? {
        let pool = edition::pool_by_id(pool_id).ok_or_else(|| ModelError::UnknownPool(pool_id.clone()))?;
        if edition::POOLS[pool.0].side == Side::Capital {
            return Err(ModelError::UnknownPool(pool_id.clone()));
        }
        for (year, amount) in years.entries(&format!("official.{pool_id}"))? {
            let path = format!("official.{pool_id}.{year}");
            let y: i64 = year
                .trim()
                .parse()
                .map_err(|_| ModelError::WrongType { path: path.clone(), expected: Expected::Year })?;
            let y = u16::try_from(y).ok().filter(|y| YEARS.contains(y)).ok_or(ModelError::YearOutOfRange(y))?;
            let d = parse_decimal(amount)
                .filter(|d| *d <= Decimal::from(MAX_AMOUNT_MIO) && d.scale() <= 6)
                .ok_or_else(|| ModelError::InvalidAmount { path, value: amount.display() })?;
            out.push(OfficialAmount { pool, year: y, amount: d.normalize() });
        }
    }
    Ok(out)
}

fn small(v: &Given, field: &str, max: u64) -> Result<u64, ModelError> {
    parse_decimal(v)
        .and_then(whole)
        .filter(|n| *n <= max)
        .ok_or_else(|| ModelError::InvalidRule(RuleProblem::BadValue { field: field.to_string(), value: v.display() }))
}

/// A number of votes (or members): any whole number a `u32` holds, so that
/// [`VoteRule::validate`] names what is too many.
fn count(v: &Given, field: &str) -> Result<u32, ModelError> {
    small(v, field, u64::from(u32::MAX)).map(|n| n as u32)
}

/// The tiers of the new shape: `[{ from, votes }, …]`.
fn tiers(given: &Given) -> Result<Vec<Tier>, ModelError> {
    let mut out = Vec::new();
    for (i, item) in given.items("rule.tiers")?.iter().enumerate() {
        let path = format!("tiers[{i}]");
        let wrong = || ModelError::WrongType { path: format!("rule.{path}"), expected: Expected::Tier };
        let (mut from, mut votes) = (None, None);
        for (name, v) in item.entries("").map_err(|_| wrong())? {
            let field = format!("{path}.{name}");
            match name.as_str() {
                "from" => from = Some(small(v, &field, u64::MAX)?),
                "votes" => votes = Some(count(v, &field)?),
                _ => return Err(ModelError::UnknownOption(format!("rule.{field}"))),
            }
        }
        match (from, votes) {
            (Some(from), Some(votes)) => out.push(Tier { from, votes }),
            _ => return Err(wrong()),
        }
    }
    Ok(out)
}

/// The rule, in either shape: the old `{ threshold, votesBelow,
/// votesAtOrAbove }` (two tiers, each field defaulting to the published
/// rule's) or `{ tiers }`; both with `regionalWeight`, `majority` and, with
/// `majority: "none"`, `regionalMembers`.
fn rule(given: &Given) -> Result<VoteRule, ModelError> {
    let mut r = VoteRule::default();
    let (mut threshold, mut below, mut above) = (PUBLISHED_THRESHOLD, 1, 2);
    let (mut old, mut new, mut none, mut members) = (None, None, false, None);
    for (name, v) in given.entries("rule")? {
        match name.as_str() {
            "threshold" => threshold = small(v, name, MAX_POPULATION)?,
            "votesBelow" => below = count(v, name)?,
            "votesAtOrAbove" => above = count(v, name)?,
            "tiers" => new = Some(tiers(v)?),
            "regionalWeight" => r.regional_weight = count(v, name)?,
            "regionalMembers" => members = Some(count(v, name)?),
            "majority" => match v {
                Given::Text(s) if s == "headsAndVotes" => (r.majority, none) = (Majority::HeadsAndVotes, false),
                Given::Text(s) if s == "votes" => (r.majority, none) = (Majority::Votes, false),
                Given::Text(s) if s == "none" => none = true,
                _ => return Err(ModelError::WrongType { path: "rule.majority".into(), expected: Expected::Majority }),
            },
            _ => return Err(ModelError::UnknownOption(format!("rule.{name}"))),
        }
        if matches!(name.as_str(), "threshold" | "votesBelow" | "votesAtOrAbove") {
            old = Some(name);
        }
    }
    let bad = |p| Err(ModelError::InvalidRule(p));
    match (old, new) {
        (Some(field), Some(_)) => return bad(RuleProblem::MixedShapes { field: field.clone() }),
        (_, Some(tiers)) => r.tiers = tiers,
        (Some(_), None) if threshold == 0 => return bad(RuleProblem::Threshold),
        _ => r.tiers = vec![Tier { from: 0, votes: below }, Tier { from: threshold, votes: above }],
    }
    match (none, members) {
        (true, Some(k)) => r.majority = Majority::Fixed(k),
        (false, None) => {}
        _ => return bad(RuleProblem::RegionalMembersMismatch),
    }
    r.validate()?;
    Ok(r)
}

impl Options {
    /// Validates what a page passed; missing parts take the defaults.
    pub fn from_input(input: &OptionsInput) -> Result<Options, ModelError> {
        let mut o = Options::default();
        if let Some(e) = &input.edition {
            o.edition = match e.text("edition")? {
                "latest" => None,
                s => Some(
                    edition::document_by_id(s)
                        .filter(|d| edition::editions().contains(d))
                        .ok_or_else(|| ModelError::UnknownEdition(s.to_string()))?,
                ),
            };
        }
        if let Some(k) = &input.key {
            o.key = key(k)?;
        }
        if let Some(p) = &input.populations {
            o.populations = populations(p)?;
        }
        if let Some(x) = &input.official {
            o.official = official(x)?;
        }
        if let Some(r) = &input.rule {
            o.rule = rule(r)?;
        }
        if let Some(l) = &input.lang {
            l.text("lang")?;
        }
        Ok(o)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::contract::unknown_option;

    fn from_json(json: &str) -> Result<Options, ModelError> {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        unknown_option(v.as_object().unwrap().keys())?;
        Options::from_input(&serde_json::from_str(json).unwrap())
    }

    fn err(json: &str) -> ModelError {
        from_json(json).unwrap_err()
    }

    fn populations_of(value: Given) -> Result<Options, ModelError> {
        let input =
            OptionsInput { populations: Some(Given::Object(vec![("461".into(), value)])), ..Default::default() };
        Options::from_input(&input)
    }

    #[test]
    fn decimal_text_forms() {
        let p = |s: &str| parse_decimal(&Given::Text(s.into()));
        assert_eq!(p("312.5"), Some(Decimal::new(3125, 1)));
        assert_eq!(p(" 312,5 "), Some(Decimal::new(3125, 1)));
        assert_eq!(p("80000"), Some(Decimal::from(80_000)));
        for bad in ["", "-1", "1e5", "1.2.3", "1,2,3", ".5", "1 000", "NaN", "١٢", "123456789012345678901"] {
            assert_eq!(p(bad), None, "{bad}");
        }
        assert_eq!(parse_decimal(&Given::Number(62.3)), Some(Decimal::new(623, 1)), "shortest text, not the float");
        assert_eq!(whole(Decimal::new(80_000, 0)), Some(80_000));
        assert_eq!(whole(Decimal::new(800_005, 1)), None);
    }

    #[test]
    fn defaults_from_empty() {
        assert_eq!(from_json("{}").unwrap(), Options::default());
        assert_eq!(from_json(r#"{"edition": null, "populations": null}"#).unwrap(), Options::default());
    }

    #[test]
    fn populations_accept_numbers_and_strings() {
        let o = from_json(r#"{"populations": {"461": 205000, "420": "41000"}}"#).unwrap();
        assert_eq!(o.populations.get(&461), Some(&205_000));
        assert_eq!(o.populations.get(&420), Some(&41_000));
    }

    #[test]
    fn hostile_populations_are_rejected_quoting_the_value() {
        for (bad, shown) in [
            (Given::Number(-5.0), "-5"),
            (Given::Number(f64::NAN), "NaN"),
            (Given::Number(f64::INFINITY), "Infinity"),
            (Given::Number(1e300), "(too large)"),
            (Given::Number(0.5), "0.5"),
            (Given::Other("true".into()), "true"),
            (Given::Text("<b>x</b>".into()), "<b>x</b>"),
        ] {
            match populations_of(bad.clone()) {
                Err(ModelError::InvalidPopulation { code, value }) => {
                    assert_eq!(code, "461");
                    assert!(value.starts_with(shown), "{bad:?} shown as {value}");
                }
                other => panic!("{bad:?}: {other:?}"),
            }
        }
        assert_eq!(err(r#"{"populations": {"9999": 1}}"#), ModelError::UnknownMunicipality("9999".into()));
    }

    #[test]
    fn ten_thousand_unknown_municipalities_fail_on_the_first() {
        let many: Vec<String> = (0..10_000).map(|i| format!("\"x{i}\": 1")).collect();
        let json = format!("{{\"populations\": {{{}}}}}", many.join(","));
        assert_eq!(err(&json), ModelError::UnknownMunicipality("x0".into()));
    }

    #[test]
    fn keys_must_cover_all_councils_and_sum_above_zero() {
        match err(r#"{"key": {"fyn": 1}}"#) {
            ModelError::KeyIncomplete(v) => {
                assert_eq!(v.len(), 16);
                assert!(!v.contains(&"fyn".to_string()) && v.contains(&"aarhus".to_string()));
            }
            other => panic!("{other:?}"),
        }
        let zeros: Vec<String> = edition::COUNCILS.iter().map(|c| format!("\"{}\": 0", c.id)).collect();
        assert_eq!(err(&format!("{{\"key\": {{{}}}}}", zeros.join(","))), ModelError::KeySumsToZero);
        assert!(matches!(err(r#"{"key": "size"}"#), ModelError::WrongType { .. }));
        let ones: Vec<String> = edition::COUNCILS.iter().map(|c| format!("\"{}\": \"1,5\"", c.id)).collect();
        let o = from_json(&format!("{{\"key\": {{{}}}}}", ones.join(","))).unwrap();
        assert_eq!(o.key, Key::Custom(vec![Decimal::new(15, 1); 17]));
    }

    #[test]
    fn official_amounts_and_years_are_checked() {
        let ok = from_json(r#"{"official": {"sundhedsraad_total": {"2027": "62,5"}}}"#).unwrap();
        assert_eq!(ok.official[0].amount, Decimal::new(625, 1));
        assert_eq!(ok.official[0].year, 2027);
        assert_eq!(err(r#"{"official": {"sundhedsraad_total": {"2040": 1}}}"#), ModelError::YearOutOfRange(2040));
        assert_eq!(err(r#"{"official": {"nope": {}}}"#), ModelError::UnknownPool("nope".into()));
        assert_eq!(
            err(r#"{"official": {"sundhedsraad_total": {"2027": -1}}}"#),
            ModelError::InvalidAmount { path: "official.sundhedsraad_total.2027".into(), value: "-1".into() }
        );
    }

    #[test]
    fn duplicates_are_named() {
        assert_eq!(err(r#"{"populations": {"461": 1, "0461": 2}}"#), ModelError::DuplicateMunicipality("0461".into()));
    }

    #[test]
    fn unknown_options_and_rules() {
        assert_eq!(err(r#"{"colour": "red"}"#), ModelError::UnknownOption("colour".into()));
        assert_eq!(err(r#"{"rule": {"votesBelow": 0}}"#), ModelError::InvalidRule(RuleProblem::ZeroVotes));
        assert_eq!(
            err(r#"{"rule": {"threshold": "many"}}"#),
            ModelError::InvalidRule(RuleProblem::BadValue { field: "threshold".into(), value: "many".into() })
        );
        let r = from_json(r#"{"rule": {"threshold": 50000}}"#).unwrap();
        assert_eq!(r.rule.tiers, vec![Tier { from: 0, votes: 1 }, Tier { from: 50_000, votes: 2 }]);
        assert_eq!(err(r#"{"edition": "2099"}"#), ModelError::UnknownEdition("2099".into()));
    }

    fn rule_of(json: &str) -> VoteRule {
        from_json(&format!("{{\"rule\": {json}}}")).unwrap().rule
    }

    fn rule_err(json: &str) -> ModelError {
        err(&format!("{{\"rule\": {json}}}"))
    }

    #[test]
    fn the_old_rule_shape_becomes_two_tiers() {
        let r = rule_of(r#"{"threshold": "50000", "votesBelow": 1, "votesAtOrAbove": "3", "regionalWeight": 2}"#);
        let expected = vec![Tier { from: 0, votes: 1 }, Tier { from: 50_000, votes: 3 }];
        assert_eq!(r, VoteRule { tiers: expected, regional_weight: 2, majority: Majority::HeadsAndVotes });
        assert_eq!(rule_of("{}"), VoteRule::default());
        assert_eq!(rule_of(r#"{"regionalWeight": 1}"#), VoteRule::default());
        assert_eq!(rule_err(r#"{"threshold": 0}"#), ModelError::InvalidRule(RuleProblem::Threshold));
        assert_eq!(rule_err(r#"{"votesAtOrAbove": 101}"#), ModelError::InvalidRule(RuleProblem::TooManyVotes));
        assert_eq!(
            rule_err(r#"{"votesBelow": 2, "votesAtOrAbove": 1}"#),
            ModelError::InvalidRule(RuleProblem::FewerVotesWhenLarger)
        );
    }

    #[test]
    fn the_new_rule_shape_with_tiers_and_a_majority() {
        let r = rule_of(
            r#"{"tiers": [{"from": 0, "votes": 1}, {"from": 80000, "votes": 2}, {"from": "200000", "votes": "3"}],
                "regionalWeight": 1, "majority": "headsAndVotes"}"#,
        );
        let t = |from, votes| Tier { from, votes };
        assert_eq!(r.tiers, vec![t(0, 1), t(80_000, 2), t(200_000, 3)]);
        assert_eq!((r.regional_weight, r.majority), (1, Majority::HeadsAndVotes));
        assert_eq!(rule_of(r#"{"majority": "votes"}"#), VoteRule { majority: Majority::Votes, ..VoteRule::default() });
        let fixed = rule_of(r#"{"tiers": [{"votes": 1, "from": 0}], "majority": "none", "regionalMembers": 12}"#);
        assert_eq!(fixed, VoteRule { tiers: vec![t(0, 1)], regional_weight: 1, majority: Majority::Fixed(12) });
        // The old shape's fields take a majority too.
        let old = rule_of(r#"{"votesAtOrAbove": 3, "regionalMembers": "5", "majority": "none"}"#);
        assert_eq!((old.tiers[1], old.majority), (t(80_000, 3), Majority::Fixed(5)));
    }

    #[test]
    fn rule_shapes_are_not_mixed_and_each_part_is_checked() {
        use RuleProblem::*;
        let invalid = |p| ModelError::InvalidRule(p);
        assert_eq!(
            rule_err(r#"{"tiers": [{"from": 0, "votes": 1}], "votesBelow": 1}"#),
            invalid(MixedShapes { field: "votesBelow".into() })
        );
        assert_eq!(
            rule_err(r#"{"threshold": 90000, "tiers": [{"from": 0, "votes": 1}]}"#),
            invalid(MixedShapes { field: "threshold".into() })
        );
        assert!(rule_err(r#"{"threshold": 1, "tiers": []}"#).message(crate::i18n::Lang::Da).contains("«threshold»"));
        assert_eq!(rule_err(r#"{"tiers": []}"#), invalid(NoTiers));
        assert_eq!(rule_err(r#"{"tiers": [{"from": 5, "votes": 1}]}"#), invalid(FirstTierNotZero));
        assert_eq!(
            rule_err(r#"{"tiers": [{"from": 0, "votes": 1}, {"from": 0, "votes": 2}]}"#),
            invalid(TiersOutOfOrder)
        );
        assert_eq!(
            rule_err(r#"{"tiers": [{"from": 0, "votes": 1}, {"from": 10000001, "votes": 2}]}"#),
            invalid(Threshold)
        );
        let eleven: Vec<String> = (0..11).map(|i| format!("{{\"from\": {}, \"votes\": 1}}", i * 1000)).collect();
        assert_eq!(rule_err(&format!("{{\"tiers\": [{}]}}", eleven.join(","))), invalid(TooManyTiers));
        assert_eq!(rule_err(r#"{"majority": "none"}"#), invalid(RegionalMembersMismatch));
        assert_eq!(rule_err(r#"{"regionalMembers": 12}"#), invalid(RegionalMembersMismatch));
        assert_eq!(rule_err(r#"{"majority": "votes", "regionalMembers": 12}"#), invalid(RegionalMembersMismatch));
        assert_eq!(rule_err(r#"{"majority": "none", "regionalMembers": 0}"#), invalid(RegionalMembers));
        assert_eq!(rule_err(r#"{"majority": "none", "regionalMembers": 201}"#), invalid(RegionalMembers));
        assert_eq!(
            rule_err(r#"{"tiers": [{"from": 0, "votes": 1.5}]}"#),
            invalid(BadValue { field: "tiers[0].votes".into(), value: "1.5".into() })
        );
        let wrong = |path: &str, expected| ModelError::WrongType { path: path.into(), expected };
        assert_eq!(rule_err(r#"{"tiers": {"from": 0}}"#), wrong("rule.tiers", Expected::List));
        assert_eq!(rule_err(r#"{"tiers": [{"from": 0}]}"#), wrong("rule.tiers[0]", Expected::Tier));
        assert_eq!(rule_err(r#"{"tiers": [1]}"#), wrong("rule.tiers[0]", Expected::Tier));
        assert_eq!(rule_err(r#"{"majority": "most"}"#), wrong("rule.majority", Expected::Majority));
        assert_eq!(rule_err(r#"{"majority": 1}"#), wrong("rule.majority", Expected::Majority));
        assert_eq!(
            rule_err(r#"{"tiers": [{"from": 0, "votes": 1, "x": 2}]}"#),
            ModelError::UnknownOption("rule.tiers[0].x".into())
        );
        assert_eq!(rule_err(r#"{"x": 2}"#), ModelError::UnknownOption("rule.x".into()));
    }
}
