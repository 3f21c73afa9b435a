//! Options for a calculation, and their validation from a plain [`Value`]
//! (what an embedding page passes to `calculate(raad, options)` or sets as
//! the widget's `overrides`).
//!
//! Accepted shape (every key optional):
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

use super::edition::{self, DocumentId, Side};
use super::envelope::{Key, OfficialAmount, YEARS};
use super::error::{Expected, ModelError, RuleProblem};
use super::value::Value;
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

/// Parses a non-negative decimal from a number or a string.
///
/// Numbers must be whole (|n| < 2^53): a fraction such as 312.5 comes as the
/// text "312.5", which the browser layer makes from a JS number, so no float
/// is ever rounded into an amount. Strings take digits with one optional decimal point ('.' or ','), at
/// most 20 digits in all; no signs, exponents or grouping.
pub fn parse_decimal(v: &Value) -> Option<Decimal> {
    let d = match v {
        Value::Number(n) => Decimal::from(super::value::whole_number(*n)?),
        Value::String(s) => parse_decimal_text(s)?,
        _ => return None,
    };
    (!d.is_sign_negative() || d.is_zero()).then_some(d)
}

/// Parses "312.5", "312,5" or "80000" exactly (a small parser of its own:
/// the general one costs the widget kilobytes for forms it must reject).
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
    (d.fract().is_zero() && !d.is_sign_negative())
        .then(|| u64::try_from(d.trunc().mantissa() / 10i128.pow(d.trunc().scale())).ok())?
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a [(String, Value)], ModelError> {
    match v {
        Value::Object(o) => Ok(o),
        _ => Err(ModelError::WrongType { path: path.to_string(), expected: Expected::Object }),
    }
}

fn populations(v: &Value) -> Result<Populations, ModelError> {
    let mut out = Populations::new();
    for (code, p) in object(v, "populations")? {
        let m = code
            .trim()
            .parse::<u16>()
            .ok()
            .and_then(edition::municipality_by_code)
            .ok_or_else(|| ModelError::UnknownMunicipality(code.clone()))?;
        let bad = || ModelError::InvalidPopulation { code: code.clone(), value: p.display() };
        let d = parse_decimal(p).ok_or_else(bad)?;
        if !d.fract().is_zero() || d < Decimal::ONE || d > Decimal::from(MAX_POPULATION) {
            return Err(bad());
        }
        let n = whole(d).ok_or_else(bad)?;
        if out.insert(m.code, n).is_some() {
            return Err(ModelError::DuplicateMunicipality(code.clone()));
        }
    }
    Ok(out)
}

fn key(v: &Value) -> Result<Key, ModelError> {
    match v {
        Value::String(s) if s == "population" => Ok(Key::Population),
        Value::String(s) if s == "anlaeg" => Ok(Key::Anlaeg),
        Value::Object(o) => {
            let mut weights = vec![None; edition::COUNCILS.len()];
            for (id, w) in o {
                let i = edition::council_index(id).ok_or_else(|| ModelError::UnknownCouncil(id.clone()))?;
                let d = parse_decimal(w)
                    .filter(|d| *d <= Decimal::from(MAX_AMOUNT_MIO))
                    .ok_or_else(|| ModelError::InvalidWeight { entry: id.clone(), value: w.display() })?;
                weights[i.0] = Some(d);
            }
            let missing: Vec<String> = edition::COUNCILS
                .iter()
                .zip(&weights)
                .filter(|(_, w)| w.is_none())
                .map(|(c, _)| c.id.to_string())
                .collect();
            if !missing.is_empty() {
                return Err(ModelError::KeyIncomplete(missing));
            }
            let weights: Vec<Decimal> = weights.into_iter().flatten().collect();
            if weights.iter().all(|w| w.is_zero()) {
                return Err(ModelError::KeySumsToZero);
            }
            Ok(Key::Custom(weights))
        }
        _ => Err(ModelError::WrongType { path: "key".into(), expected: Expected::Key }),
    }
}

fn official(v: &Value) -> Result<Vec<OfficialAmount>, ModelError> {
    let mut out = Vec::new();
    for (pool_id, years) in object(v, "official")? {
        let pool = edition::pool_by_id(pool_id).ok_or_else(|| ModelError::UnknownPool(pool_id.clone()))?;
        if edition::POOLS[pool.0].side == Side::Capital {
            return Err(ModelError::UnknownPool(pool_id.clone()));
        }
        for (year, amount) in object(years, &format!("official.{pool_id}"))? {
            let y: i64 = year.trim().parse().map_err(|_| ModelError::WrongType {
                path: format!("official.{pool_id}.{year}"),
                expected: Expected::Year,
            })?;
            let y = u16::try_from(y).ok().filter(|y| YEARS.contains(y)).ok_or(ModelError::YearOutOfRange(y))?;
            let path = format!("official.{pool_id}.{year}");
            let d = parse_decimal(amount)
                .filter(|d| *d <= Decimal::from(MAX_AMOUNT_MIO) && d.scale() <= 6)
                .ok_or_else(|| ModelError::InvalidAmount { path, value: amount.display() })?;
            out.push(OfficialAmount { pool, year: y, amount: d.normalize() });
        }
    }
    Ok(out)
}

fn small(v: &Value, path: &str, max: u64) -> Result<u64, ModelError> {
    parse_decimal(v)
        .filter(|d| d.fract().is_zero() && *d <= Decimal::from(max))
        .and_then(whole)
        .ok_or_else(|| ModelError::InvalidRule(RuleProblem::BadValue { field: path.to_string(), value: v.display() }))
}

fn rule(v: &Value) -> Result<VoteRule, ModelError> {
    let mut r = VoteRule::default();
    for (k, x) in object(v, "rule")? {
        match k.as_str() {
            "threshold" => r.threshold = small(x, k, MAX_POPULATION)?,
            "votesBelow" => r.votes_below = small(x, k, 100)? as u32,
            "votesAtOrAbove" => r.votes_at_or_above = small(x, k, 100)? as u32,
            "regionalWeight" => r.regional_weight = small(x, k, 100)? as u32,
            _ => return Err(ModelError::UnknownOption(format!("rule.{k}"))),
        }
    }
    r.validate()?;
    Ok(r)
}

impl Options {
    /// Validates options from a plain value; `null` gives the defaults.
    pub fn from_value(v: &Value) -> Result<Options, ModelError> {
        let mut o = Options::default();
        let entries = match v {
            Value::Null => return Ok(o),
            // Text where an object belongs: an attribute that did not parse as JSON.
            Value::String(s) => return Err(ModelError::InvalidJson(s.clone())),
            _ => object(v, "options")?,
        };
        for (k, x) in entries {
            if *x == Value::Null {
                continue;
            }
            match k.as_str() {
                "edition" => {
                    o.edition = match x {
                        Value::String(s) if s == "latest" => None,
                        Value::String(s) => Some(
                            edition::document_by_id(s)
                                .filter(|d| edition::editions().contains(d))
                                .ok_or_else(|| ModelError::UnknownEdition(s.clone()))?,
                        ),
                        _ => return Err(ModelError::WrongType { path: "edition".into(), expected: Expected::Text }),
                    }
                }
                "key" => o.key = key(x)?,
                "populations" => o.populations = populations(x)?,
                "official" => o.official = official(x)?,
                "rule" => o.rule = rule(x)?,
                _ => return Err(ModelError::UnknownOption(k.clone())),
            }
        }
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::value::obj;

    fn err(v: Value) -> ModelError {
        Options::from_value(&v).unwrap_err()
    }

    #[test]
    fn decimal_text_forms() {
        let p = |s: &str| parse_decimal(&Value::String(s.into()));
        assert_eq!(p("312.5"), Some(Decimal::new(3125, 1)));
        assert_eq!(p(" 312,5 "), Some(Decimal::new(3125, 1)));
        assert_eq!(p("80000"), Some(Decimal::from(80_000)));
        for bad in ["", "-1", "1e5", "1.2.3", "1,2,3", ".5", "1 000", "NaN", "١٢", "123456789012345678901"] {
            assert_eq!(p(bad), None, "{bad}");
        }
        assert_eq!(whole(Decimal::new(80_000, 0)), Some(80_000));
        assert_eq!(whole(Decimal::new(800_005, 1)), None);
    }

    #[test]
    fn defaults_from_null_and_empty() {
        assert_eq!(Options::from_value(&Value::Null).unwrap(), Options::default());
        assert_eq!(Options::from_value(&obj(vec![])).unwrap(), Options::default());
    }

    #[test]
    fn populations_accept_numbers_and_strings() {
        let o = Options::from_value(&obj(vec![(
            "populations",
            obj(vec![("461", Value::Number(205_000.0)), ("420", "41000".into())]),
        )]))
        .unwrap();
        assert_eq!(o.populations.get(&461), Some(&205_000));
        assert_eq!(o.populations.get(&420), Some(&41_000));
    }

    #[test]
    fn hostile_populations_are_rejected() {
        for bad in [
            Value::Number(-5.0),
            Value::Number(f64::NAN),
            Value::Number(f64::INFINITY),
            Value::Number(1e300),
            Value::Number(0.5),
            Value::Bool(true),
            "<b>x</b>".into(),
        ] {
            assert!(matches!(
                err(obj(vec![("populations", obj(vec![("461", bad)]))])),
                ModelError::InvalidPopulation { .. }
            ));
        }
        assert!(matches!(
            err(obj(vec![("populations", obj(vec![("9999", Value::Number(1.0))]))])),
            ModelError::UnknownMunicipality(_)
        ));
        assert!(matches!(err(obj(vec![("populations", Value::Array(vec![]))])), ModelError::WrongType { .. }));
    }

    #[test]
    fn ten_thousand_unknown_municipalities_fail_fast_and_cleanly() {
        let many: Vec<(String, Value)> = (0..10_000).map(|i| (format!("x{i}"), Value::Number(1.0))).collect();
        assert!(matches!(err(obj(vec![("populations", Value::Object(many))])), ModelError::UnknownMunicipality(_)));
    }

    #[test]
    fn keys_must_cover_all_councils_and_sum_above_zero() {
        assert!(
            matches!(err(obj(vec![("key", obj(vec![("fyn", Value::Number(1.0))]))])), ModelError::KeyIncomplete(v) if v.len() == 16)
        );
        let zeros: Vec<(String, Value)> =
            edition::COUNCILS.iter().map(|c| (c.id.to_string(), Value::Number(0.0))).collect();
        assert_eq!(err(obj(vec![("key", Value::Object(zeros))])), ModelError::KeySumsToZero);
        assert!(matches!(err(obj(vec![("key", "size".into())])), ModelError::WrongType { .. }));
    }

    #[test]
    fn official_amounts_and_years_are_checked() {
        let ok = Options::from_value(&obj(vec![(
            "official",
            obj(vec![("sundhedsraad_total", obj(vec![("2027", "62,5".into())]))]),
        )]))
        .unwrap();
        assert_eq!(ok.official[0].amount, Decimal::new(625, 1));
        assert!(matches!(
            err(obj(vec![("official", obj(vec![("sundhedsraad_total", obj(vec![("2040", Value::Number(1.0))]))]))])),
            ModelError::YearOutOfRange(2040)
        ));
        assert!(matches!(err(obj(vec![("official", obj(vec![("nope", obj(vec![]))]))])), ModelError::UnknownPool(_)));
        assert!(matches!(
            err(obj(vec![("official", obj(vec![("sundhedsraad_total", obj(vec![("2027", Value::Number(-1.0))]))]))])),
            ModelError::InvalidAmount { .. }
        ));
    }

    #[test]
    fn text_instead_of_an_object_is_reported_as_invalid_json_and_duplicates_are_named() {
        assert_eq!(err("{nope".into()), ModelError::InvalidJson("{nope".into()));
        let dup = obj(vec![("populations", obj(vec![("461", Value::Number(1.0)), ("0461", Value::Number(2.0))]))]);
        assert_eq!(err(dup), ModelError::DuplicateMunicipality("0461".into()));
    }

    #[test]
    fn unknown_options_and_rules() {
        assert!(matches!(err(obj(vec![("colour", "red".into())])), ModelError::UnknownOption(_)));
        assert!(matches!(
            err(obj(vec![("rule", obj(vec![("votesBelow", Value::Number(0.0))]))])),
            ModelError::InvalidRule(_)
        ));
        let r = Options::from_value(&obj(vec![("rule", obj(vec![("threshold", Value::Number(50_000.0))]))])).unwrap();
        assert_eq!(r.rule.threshold, 50_000);
        assert!(matches!(err(obj(vec![("edition", "2099".into())])), ModelError::UnknownEdition(_)));
    }
}
