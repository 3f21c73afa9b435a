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
//!   rule:        { threshold, votesBelow, votesAtOrAbove, regionalWeight }
//! }
//! ```
//!
//! Numbers may be JS numbers or strings ("312.5" or "312,5"). Anything else is
//! rejected with a [`ModelError`] that names the offending entry.

use super::contract::{Given, OptionsInput};
use super::edition::{self, DocumentId, Side};
use super::envelope::{Key, OfficialAmount, YEARS};
use super::error::{Expected, ModelError, RuleProblem};
use super::votes::{Populations, VoteRule, MAX_POPULATION};
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

fn rule(given: &Given) -> Result<VoteRule, ModelError> {
    let mut r = VoteRule::default();
    for (name, v) in given.entries("rule")? {
        let votes = |v| small(v, name, 100).map(|n| n as u32);
        match name.as_str() {
            "threshold" => r.threshold = small(v, name, MAX_POPULATION)?,
            "votesBelow" => r.votes_below = votes(v)?,
            "votesAtOrAbove" => r.votes_at_or_above = votes(v)?,
            "regionalWeight" => r.regional_weight = votes(v)?,
            _ => return Err(ModelError::UnknownOption(format!("rule.{name}"))),
        }
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
        assert_eq!(r.rule, VoteRule { threshold: 50_000, ..VoteRule::default() });
        assert_eq!(err(r#"{"edition": "2099"}"#), ModelError::UnknownEdition("2099".into()));
    }
}
