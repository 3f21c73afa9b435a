//! The JS contract: what an embedding page passes in (`overrides`,
//! `calculate(raad, options)`) and what `calculate` returns, as serde types
//! in camelCase. The browser layer converts them with `serde-wasm-bindgen`;
//! everything here is plain Rust and tested natively.
//!
//! Input is typed where its shape is fixed and lenient where a reader needs a
//! good message: a leaf value ([`Amount`]) accepts anything and keeps it as
//! given, so that a population of `true` is reported as "the population of
//! «461» must be a whole number …, not «true»" rather than a serde message.
//! Shape errors (an array where an object belongs, an unknown option) are
//! turned into [`ModelError`]s by [`input_error`].
//!
//! The TypeScript declarations of these types (`js/sundhedsraad.d.ts`) are
//! generated from them by a test (`cargo test dts`), which fails when the two
//! differ.

use super::edition::{self, SourceRef, POOLS};
use super::envelope::{Basis, PoolEnvelope};
use super::error::{Expected, ModelError};
use super::report::Report;
use super::votes::VoteBasis;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Most entries accepted in one object of the input (populations, a key,
/// official amounts): far above the 98 municipalities, far below harm.
pub const MAX_ENTRIES: usize = 20_000;

/// The message a too-large object's error carries, recognised by [`input_error`].
const TOO_MANY: &str = "too many entries";

// ---------------------------------------------------------------- input --

/// A number as a page gives it, kept as given so a message can quote it: a
/// JS number, a text ("312.5", "312,5", "80000"), or anything else, kept as
/// its display ("true", "null", "{…}").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(type = "number | string"))]
pub enum Amount {
    /// A JS number.
    Number(f64),
    /// A text.
    Text(String),
    /// Any other value, as shown in a message.
    Other(String),
}

impl Amount {
    /// The value as a message shows it.
    pub fn display(&self) -> String {
        match self {
            Amount::Number(n) if n.is_nan() => "NaN".into(),
            Amount::Number(n) if n.is_infinite() => if *n > 0.0 { "Infinity" } else { "-Infinity" }.into(),
            Amount::Number(n) => n.to_string(),
            Amount::Text(s) | Amount::Other(s) => s.clone(),
        }
    }
}

impl From<f64> for Amount {
    fn from(n: f64) -> Self {
        Amount::Number(n)
    }
}

impl From<&str> for Amount {
    fn from(s: &str) -> Self {
        Amount::Text(s.to_string())
    }
}

struct AmountVisitor;

impl<'de> Visitor<'de> for AmountVisitor {
    type Value = Amount;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a text")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Amount, E> {
        Ok(Amount::Other(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
        Ok(Amount::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
        Ok(Amount::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
        Ok(Amount::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Amount, E> {
        Ok(Amount::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Amount, E> {
        Ok(Amount::Text(v))
    }
    fn visit_none<E: de::Error>(self) -> Result<Amount, E> {
        Ok(Amount::Other("null".into()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Amount, E> {
        Ok(Amount::Other("null".into()))
    }
    // A container's entries are skipped as `IgnoredAny`, which reads no
    // JS value (serde-wasm-bindgen): a hostile deep value costs nothing.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Amount, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Amount::Other("[…]".into()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Amount, A::Error> {
        while map.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
        Ok(Amount::Other("{…}".into()))
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AmountVisitor)
    }
}

/// The entries of an object in the order given, at most [`MAX_ENTRIES`].
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<T>(pub Vec<(String, T)>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<T> Entries<T> {
    fn read<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error>
    where
        T: Deserialize<'de>,
    {
        let mut out = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            if out.len() == MAX_ENTRIES {
                return Err(de::Error::custom(TOO_MANY));
            }
            out.push((k, map.next_value()?));
        }
        Ok(Entries(out))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Entries<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Entries<T>, A::Error> {
                Entries::read(map)
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

/// How national amounts are shared among the councils, as given.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(type = "\"population\" | \"anlaeg\" | Record<string, number | string>"))]
pub enum KeyInput {
    /// `"population"` or `"anlaeg"` (or an unknown name).
    Named(String),
    /// A weight for each of the 17 councils, by council id.
    Weights(Entries<Amount>),
}

impl<'de> Deserialize<'de> for KeyInput {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyInput;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("\"population\", \"anlaeg\" or an object of weights")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyInput, E> {
                Ok(KeyInput::Named(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<KeyInput, A::Error> {
                Entries::read(map).map(KeyInput::Weights)
            }
        }
        d.deserialize_any(V)
    }
}

/// The voting rule as given (every field optional; the published rule fills in).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Rule"))]
pub struct RuleInput {
    /// Population at or above which a municipality has `votesAtOrAbove`.
    #[cfg_attr(test, ts(optional, type = "number"))]
    pub threshold: Option<Amount>,
    /// Votes of a municipality below the threshold.
    #[cfg_attr(test, ts(optional, type = "number"))]
    pub votes_below: Option<Amount>,
    /// Votes of a municipality at or above the threshold.
    #[cfg_attr(test, ts(optional, type = "number"))]
    pub votes_at_or_above: Option<Amount>,
    /// Votes of each regional member.
    #[cfg_attr(test, ts(optional, type = "number"))]
    pub regional_weight: Option<Amount>,
}

/// What a page passes to `calculate(raad, options)` or sets as `overrides`.
/// `null` and missing fields take the published defaults.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Options"))]
pub struct OptionsInput {
    /// "latest" (default): the latest edition that publishes each figure.
    #[cfg_attr(
        test,
        ts(optional, type = "\"latest\" | \"udspil-2024\" | \"foraarsaftale-2025\" | \"inspirationskatalog-2025\"")
    )]
    pub edition: Option<String>,
    /// How national amounts are shared among the 17 councils.
    #[cfg_attr(test, ts(optional))]
    pub key: Option<KeyInput>,
    /// Inhabitants by kommunekode, e.g. `{ "461": 210000 }`.
    #[cfg_attr(test, ts(optional, type = "Record<string, number | string>"))]
    pub populations: Option<Entries<Amount>>,
    /// The council's official amounts in mio. kr.: `{ pool: { year: amount } }`.
    #[cfg_attr(test, ts(optional, type = "Record<string, Record<string, number | string>>"))]
    pub official: Option<Entries<Entries<Amount>>>,
    /// The voting rule.
    #[cfg_attr(test, ts(optional))]
    pub rule: Option<RuleInput>,
    /// Language of error messages from `calculate` (default "en"); not an override.
    #[cfg_attr(test, ts(optional, type = "\"da\" | \"en\""))]
    pub lang: Option<String>,
}

/// Turns a deserialization error at `path` (dotted, as `serde_path_to_error`
/// writes it, ending with the unknown field for an unknown field; "." for
/// the top) into the model's error, which a reader
/// understands. `message` is serde's message: only its standard "unknown
/// field" form and this module's own [`TOO_MANY`] are told apart; every other
/// error is a value of the wrong form at `path`.
pub fn input_error(path: &str, message: &str) -> ModelError {
    let path = path.trim_matches('.');
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // The path ends with the unknown field itself.
        let field = rest.split('`').next().unwrap_or_default();
        return ModelError::UnknownOption(if path.is_empty() { field } else { path }.to_string());
    }
    let shown = if path.is_empty() { "options" } else { path };
    if message.starts_with(TOO_MANY) {
        return ModelError::TooManyEntries { path: shown.to_string(), max: MAX_ENTRIES };
    }
    let expected = match path.split('.').next().unwrap_or_default() {
        "edition" | "lang" => Expected::Text,
        "key" => Expected::Key,
        _ => Expected::Object,
    };
    ModelError::WrongType { path: shown.to_string(), expected }
}

// --------------------------------------------------------------- output --

/// Where a published figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Source"))]
pub struct SourceOut {
    /// The document's title.
    pub document: &'static str,
    /// The document's id (an edition of the figures).
    pub edition: &'static str,
    /// Where in the document.
    pub place: &'static str,
    /// The price level the figure is given in, if stated.
    pub price_level: Option<&'static str>,
}

impl SourceOut {
    fn new(s: SourceRef, price_level: Option<&'static str>) -> Self {
        let d = edition::source_of(s);
        SourceOut { document: d.title, edition: d.id, place: s.place, price_level }
    }
}

/// Where a year's council amount comes from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum AmountBasis {
    /// Split from the national figure by the key: an estimate.
    Estimate,
    /// Given by the page as the council's official amount.
    Official,
    /// No national figure is published for the year.
    Unpublished,
}

/// One year of one pool. Money is exact mio. kr. as a decimal string.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "YearAmount"))]
pub struct YearOut {
    /// The year.
    pub year: u16,
    /// The national figure as published, or null when unpublished.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub national: Option<Decimal>,
    /// Where the national figure comes from.
    pub source: Option<SourceOut>,
    /// The council's amount to the krone, or null when there is none.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub council: Option<Decimal>,
    /// Where the council's amount comes from.
    pub basis: AmountBasis,
}

/// A pool's amounts year by year.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "PoolEnvelope"))]
pub struct PoolOut {
    /// The pool's id.
    pub pool: &'static str,
    /// The pool's Danish name.
    pub name: &'static str,
    /// Its years, 2027–2031.
    pub years: Vec<YearOut>,
}

/// Where a municipality's votes come from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum VotesBasis {
    /// The vote class Figur 9's member counts imply.
    Published,
    /// A population supplied by the page or the reader.
    Population,
}

/// A municipal member and its votes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "MunicipalityVotes"))]
pub struct MunicipalityOut {
    /// Kommunekode.
    pub code: u16,
    /// Name.
    pub name: &'static str,
    /// Weighted votes.
    pub votes: u32,
    /// Where the votes come from.
    pub basis: VotesBasis,
    /// The population the votes follow, when one was supplied.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub population: Option<u64>,
    /// Share of the council's weighted votes, 0..1, as a decimal string.
    #[cfg_attr(test, ts(type = "string"))]
    pub vote_share: Decimal,
}

/// The council.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Council"))]
pub struct CouncilOut {
    /// Its id.
    pub id: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Its region's name.
    pub region: &'static str,
    /// Population in thousands (Figur 9).
    pub population_thousands: u32,
    /// Members published in Figur 9.
    pub members_published: u32,
    /// Where the published members come from.
    pub source: SourceOut,
}

/// Member counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Members"))]
pub struct MembersOut {
    /// Municipal members.
    pub municipal: u32,
    /// Regional members.
    pub regional: u32,
    /// All members.
    pub total: u32,
}

/// Weighted votes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Votes"))]
pub struct VotesOut {
    /// The municipal members' votes together.
    pub municipal: u32,
    /// The regional members' votes together.
    pub regional: u32,
    /// All votes.
    pub total: u32,
    /// Votes needed for a majority when all vote.
    pub majority_needed: u32,
}

/// Whether the region holds a majority of heads and of votes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "RegionMajority"))]
pub struct RegionMajorityOut {
    /// More regional members than municipal members.
    pub heads: bool,
    /// More regional votes than municipal votes.
    pub votes: bool,
}

/// The regional seats the region's councils need against its regionsråd.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "RegionSeats"))]
pub struct RegionSeatsOut {
    /// The region's name.
    pub region: &'static str,
    /// Regional members of all the region's councils together.
    pub seats_needed: u32,
    /// The regionsråd's size in the proposal (Figur 8).
    pub regionsraad_udspil: u32,
    /// The regionsråd's size in the law (L 214).
    pub regionsraad_law: u32,
}

/// Anlæg (fysiske rammer): Figur 20's amount.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Anlaeg"))]
pub struct AnlaegOut {
    /// As published, mio. kr.
    #[cfg_attr(test, ts(type = "string"))]
    pub published: Decimal,
    /// Kr. per citizen as published.
    pub kr_per_citizen: u32,
    /// Scaled so the 17 sum exactly to the national total, mio. kr.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub scaled_to_national: Option<Decimal>,
    /// Where it comes from.
    pub source: SourceOut,
}

/// The key the amounts were split by.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "KeyName"))]
pub enum KeyOut {
    /// Population shares (Figur 9).
    Population,
    /// Figur 20's anlæg shares.
    Anlaeg,
    /// Weights from the page.
    Custom,
}

/// Everything `calculate(raad, options)` returns for one council.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Report"))]
pub struct CalculateResult {
    /// The council.
    pub council: CouncilOut,
    /// Its members.
    pub members: MembersOut,
    /// Its weighted votes.
    pub votes: VotesOut,
    /// Whether the region holds both majorities.
    pub region_majority: RegionMajorityOut,
    /// Every municipal member.
    pub municipalities: Vec<MunicipalityOut>,
    /// The region's seat needs.
    pub region_seats: RegionSeatsOut,
    /// The key of the estimates.
    pub key: KeyOut,
    /// The amounts, pool by pool.
    pub envelopes: Vec<PoolOut>,
    /// Anlæg.
    pub anlaeg: AnlaegOut,
}

fn pool_out(p: &PoolEnvelope) -> PoolOut {
    let pool = &POOLS[p.pool.0];
    let years = p
        .years
        .iter()
        .map(|y| YearOut {
            year: y.year,
            national: y.national.map(|f| f.amount.decimal()),
            source: y.national.map(|f| SourceOut::new(f.source, f.price_level)),
            council: y.council,
            basis: match y.basis {
                Basis::Official => AmountBasis::Official,
                Basis::Estimate => AmountBasis::Estimate,
                Basis::Unpublished => AmountBasis::Unpublished,
            },
        })
        .collect();
    PoolOut { pool: pool.id, name: pool.name_da, years }
}

impl From<&Report> for CalculateResult {
    fn from(r: &Report) -> Self {
        let c = &r.composition;
        let municipalities = c
            .municipalities
            .iter()
            .map(|m| MunicipalityOut {
                code: m.code,
                name: m.name,
                votes: m.votes,
                basis: match m.basis {
                    VoteBasis::Published => VotesBasis::Published,
                    VoteBasis::Population(_) => VotesBasis::Population,
                },
                population: match m.basis {
                    VoteBasis::Published => None,
                    VoteBasis::Population(p) => Some(p),
                },
                vote_share: r.vote_share(m.votes).normalize(),
            })
            .collect();
        let rs = &r.region_seats;
        CalculateResult {
            council: CouncilOut {
                id: r.council.id,
                name: r.council.name,
                region: r.region.name,
                population_thousands: r.council.population_thousands,
                members_published: r.council.members_published,
                source: SourceOut::new(edition::SOURCES.council_members, None),
            },
            members: MembersOut {
                municipal: c.municipal_members,
                regional: c.regional_members,
                total: c.total_members,
            },
            votes: VotesOut {
                municipal: c.municipal_votes,
                regional: c.regional_votes,
                total: c.total_votes,
                majority_needed: c.majority_needed,
            },
            region_majority: RegionMajorityOut { heads: c.region_majority_heads, votes: c.region_majority_votes },
            municipalities,
            region_seats: RegionSeatsOut {
                region: r.region.name,
                seats_needed: rs.seats_needed,
                regionsraad_udspil: rs.regionsraad_udspil,
                regionsraad_law: rs.regionsraad_law,
            },
            key: match r.options.key {
                super::envelope::Key::Population => KeyOut::Population,
                super::envelope::Key::Anlaeg => KeyOut::Anlaeg,
                super::envelope::Key::Custom(_) => KeyOut::Custom,
            },
            envelopes: r.envelopes.iter().map(pool_out).collect(),
            anlaeg: AnlaegOut {
                published: r.anlaeg.published,
                kr_per_citizen: r.anlaeg.kr_per_citizen,
                scaled_to_national: r.anlaeg.scaled,
                source: SourceOut::new(edition::SOURCES.council_anlaeg, None),
            },
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    fn parse(json: &str) -> Result<OptionsInput, ModelError> {
        let d = &mut serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(d).map_err(|e| input_error(&e.path().to_string(), &e.inner().to_string()))
    }

    #[test]
    fn leaves_keep_what_was_given() {
        let o = parse(r#"{"populations": {"461": 205000, "420": "41.000", "430": true, "440": {"a": 1}}}"#).unwrap();
        let p = o.populations.unwrap().0;
        assert_eq!(p[0], ("461".into(), Amount::Number(205_000.0)));
        assert_eq!(p[1], ("420".into(), Amount::Text("41.000".into())));
        assert_eq!(p[2].1.display(), "true");
        assert_eq!(p[3].1.display(), "{…}");
    }

    #[test]
    fn shape_errors_name_the_place() {
        assert_eq!(parse(r#"{"colour": "red"}"#), Err(ModelError::UnknownOption("colour".into())));
        assert_eq!(parse(r#"{"rule": {"quota": 3}}"#), Err(ModelError::UnknownOption("rule.quota".into())));
        assert_eq!(
            parse(r#"{"populations": []}"#),
            Err(ModelError::WrongType { path: "populations".into(), expected: Expected::Object })
        );
        assert_eq!(
            parse(r#"{"official": {"sundhedsraad_total": 5}}"#),
            Err(ModelError::WrongType { path: "official.sundhedsraad_total".into(), expected: Expected::Object })
        );
        assert_eq!(parse(r#"{"key": 5}"#), Err(ModelError::WrongType { path: "key".into(), expected: Expected::Key }));
        assert_eq!(
            parse(r#"{"edition": 2024}"#),
            Err(ModelError::WrongType { path: "edition".into(), expected: Expected::Text })
        );
        assert_eq!(parse(r#"{"edition": null, "key": null}"#), Ok(OptionsInput::default()));
    }

    #[test]
    fn too_many_entries_are_refused_by_name() {
        let many: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("\"x{i}\": 1")).collect();
        let json = format!("{{\"populations\": {{{}}}}}", many.join(","));
        assert_eq!(parse(&json), Err(ModelError::TooManyEntries { path: "populations".into(), max: MAX_ENTRIES }));
    }

    #[test]
    fn result_serializes_in_camel_case_with_exact_money_as_text() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let v = serde_json::to_value(CalculateResult::from(&r)).unwrap();
        assert_eq!(v["members"]["total"], 20);
        assert_eq!(v["votes"]["majorityNeeded"], 11);
        assert_eq!(v["regionMajority"]["heads"], true);
        assert_eq!(v["key"], "population");
        let total = v["envelopes"].as_array().unwrap().iter().find(|e| e["pool"] == "sundhedsraad_total").unwrap();
        assert_eq!(total["years"][0]["national"], "1065");
        assert_eq!(total["years"][0]["basis"], "estimate");
        assert!(total["years"][0]["council"].as_str().unwrap().parse::<Decimal>().is_ok());
        let years = v["envelopes"].as_array().unwrap().iter().flat_map(|e| e["years"].as_array().unwrap().iter());
        let unpublished: Vec<_> = years.filter(|y| y["basis"] == "unpublished").collect();
        assert!(!unpublished.is_empty());
        assert!(unpublished.iter().all(|y| y["council"].is_null() && y["national"].is_null() && y["source"].is_null()));
        let odense = v["municipalities"].as_array().unwrap().iter().find(|m| m["code"] == 461).unwrap();
        assert_eq!(odense["voteShare"], "0.095238");
        assert_eq!(odense["population"], serde_json::Value::Null);
    }

    /// The contract's TypeScript declarations, generated from the types above.
    fn declarations() -> String {
        use ts_rs::{Config, TS};
        let cfg = Config::new();
        let decls = [
            SourceOut::decl(&cfg),
            AmountBasis::decl(&cfg),
            YearOut::decl(&cfg),
            PoolOut::decl(&cfg),
            VotesBasis::decl(&cfg),
            MunicipalityOut::decl(&cfg),
            CouncilOut::decl(&cfg),
            MembersOut::decl(&cfg),
            VotesOut::decl(&cfg),
            RegionMajorityOut::decl(&cfg),
            RegionSeatsOut::decl(&cfg),
            AnlaegOut::decl(&cfg),
            KeyOut::decl(&cfg),
            CalculateResult::decl(&cfg),
            RuleInput::decl(&cfg),
            OptionsInput::decl(&cfg),
        ];
        decls.iter().map(|d| format!("export {d}\n")).collect()
    }

    /// `js/sundhedsraad.d.ts` holds the generated declarations between two
    /// marker lines; `UPDATE_DTS=1 cargo test dts` rewrites them.
    #[test]
    fn dts_matches_rust_types() {
        const BEGIN: &str = "// BEGIN generated from src/model/contract.rs (UPDATE_DTS=1 cargo test dts)\n";
        const END: &str = "// END generated\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/js/sundhedsraad.d.ts");
        let file = std::fs::read_to_string(path).unwrap();
        let (a, rest) = file.split_once(BEGIN).expect("begin marker");
        let (current, b) = rest.split_once(END).expect("end marker");
        let generated = declarations();
        if std::env::var_os("UPDATE_DTS").is_some() {
            std::fs::write(path, format!("{a}{BEGIN}{generated}{END}{b}")).unwrap();
        } else {
            assert_eq!(
                current, generated,
                "js/sundhedsraad.d.ts differs from the Rust types: UPDATE_DTS=1 cargo test dts"
            );
        }
    }
}
