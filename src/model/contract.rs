//! The JS contract: what an embedding page passes in (`overrides`,
//! `calculate(raad, options)`) and what `calculate` returns, as serde types
//! in camelCase. The browser layer converts them with `serde-wasm-bindgen`;
//! everything here is plain Rust and tested natively.
//!
//! Input is read leniently: every part ([`Given`]) keeps whatever was given, and [`Options::from_input`] checks it where it
//! knows the path, so a population of `true` is reported as "the
//! population of «461» must be a whole number …, not «true»", and an array
//! where an object belongs as "«populations» has the wrong form", never as
//! a serde message. Reading cannot fail on a plain object.
//!
//! [`Options::from_input`]: super::options::Options::from_input
//!
//! The TypeScript declarations of these types (`js/sundhedsraad.d.ts`) are
//! generated from them by a test (`cargo test dts`), which fails when the two
//! differ.

use super::edition::{self, Council, SourceRef, POOLS};
use super::envelope::{self, Anlaeg, Basis, Key, PoolEnvelope};
use super::error::{Expected, ModelError};
use super::report::{calculate, Options, Report};
use super::votes::VoteBasis;
use rust_decimal::Decimal;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Most entries accepted in one object of the input (populations, a key,
/// official amounts): far above the 98 municipalities, far below harm.
pub const MAX_ENTRIES: usize = 20_000;

// ---------------------------------------------------------------- input --

/// A value as a page gives it, kept as given so a message can quote it and
/// checked where its place is known: a JS number, a text ("312.5", "312,5",
/// "80000"), an object's entries in order, an array's items (the rule's
/// tiers), or anything else, kept as its display ("true", "null").
///
/// One lenient type for every part of the options, read with serde: each
/// distinct visitor costs the wasm its own copy of serde-wasm-bindgen's
/// reading code (measured: typed visitors per part cost 14.7 KB brotli).
#[derive(Debug, Clone, PartialEq)]
pub enum Given {
    /// A JS number.
    Number(f64),
    /// A text.
    Text(String),
    /// An object's entries, in order.
    Object(Vec<(String, Given)>),
    /// An array's items, in order.
    List(Vec<Given>),
    /// An object or array with more than [`MAX_ENTRIES`] entries (not read).
    TooMany,
    /// Any other value (or an object deeper than any option), as shown in a message.
    Other(String),
}

impl Given {
    /// The value as a message shows it.
    pub fn display(&self) -> String {
        match self {
            Given::Number(n) if n.is_nan() => "NaN".into(),
            Given::Number(n) if n.is_infinite() => if *n > 0.0 { "Infinity" } else { "-Infinity" }.into(),
            Given::Number(n) => number_decimal(*n).map_or_else(|| "(too large)".into(), |d| d.to_string()),
            Given::Text(s) | Given::Other(s) => s.clone(),
            Given::Object(_) | Given::TooMany => "{…}".into(),
            Given::List(_) => "[…]".into(),
        }
    }

    /// The entries of an object, or the error for what was given instead at `path`.
    pub fn entries(&self, path: &str) -> Result<&[(String, Given)], ModelError> {
        match self {
            Given::Object(e) => Ok(e),
            Given::TooMany => Err(ModelError::TooManyEntries { path: path.to_string(), max: MAX_ENTRIES }),
            _ => Err(ModelError::WrongType { path: path.to_string(), expected: Expected::Object }),
        }
    }

    /// The items of an array, or the error for what was given instead at `path`.
    pub fn items(&self, path: &str) -> Result<&[Given], ModelError> {
        match self {
            Given::List(v) => Ok(v),
            Given::TooMany => Err(ModelError::TooManyEntries { path: path.to_string(), max: MAX_ENTRIES }),
            _ => Err(ModelError::WrongType { path: path.to_string(), expected: Expected::List }),
        }
    }

    /// The text, or the error for what was given instead at `path`.
    pub fn text(&self, path: &str) -> Result<&str, ModelError> {
        match self {
            Given::Text(s) => Ok(s),
            _ => Err(ModelError::WrongType { path: path.to_string(), expected: Expected::Text }),
        }
    }
}

/// A JS number as the decimal it was written as: the shortest decimal that
/// reads back as the same number ("62.3", not 62.29999…), so no float is
/// ever rounded into an amount. `None` for NaN, infinities and magnitudes
/// a decimal cannot hold. (rust_decimal's conversion, not `f64`'s
/// `Display`, whose shortest-digits machinery costs the widget kilobytes.)
pub fn number_decimal(n: f64) -> Option<Decimal> {
    use rust_decimal::prelude::FromPrimitive;
    Decimal::from_f64(n).map(|d| d.normalize())
}

impl From<f64> for Given {
    fn from(n: f64) -> Self {
        Given::Number(n)
    }
}

impl From<&str> for Given {
    fn from(s: &str) -> Self {
        Given::Text(s.to_string())
    }
}

/// Objects nested deeper than this are not read: the deepest option
/// (`official.<pool>.<year>`) is three levels down.
const MAX_DEPTH: u8 = 4;

/// Reads a [`Given`] at a depth, so a hostile deep value is cut off
/// (skipped as `IgnoredAny`, which serde-wasm-bindgen does not walk).
struct GivenAt(u8);

impl<'de> DeserializeSeed<'de> for GivenAt {
    type Value = Given;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Given, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for GivenAt {
    type Value = Given;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Given, E> {
        Ok(Given::Other(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Given, E> {
        Ok(Given::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Given, E> {
        Ok(Given::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Given, E> {
        Ok(Given::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Given, E> {
        Ok(Given::Text(v.to_string()))
    }
    fn visit_none<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Other("null".into()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Other("null".into()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Given, A::Error> {
        // Read as a map's values are: to the same depth and number of entries.
        let mut out = Vec::new();
        let mut cut = self.0 >= MAX_DEPTH;
        loop {
            if cut || out.len() == MAX_ENTRIES {
                cut = true;
                if seq.next_element::<de::IgnoredAny>()?.is_none() {
                    break;
                }
                continue;
            }
            match seq.next_element_seed(GivenAt(self.0 + 1)) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => break,
                Err(_) => out.push(Given::Other("(?)".into())),
            }
        }
        Ok(match (cut, self.0 >= MAX_DEPTH) {
            (_, true) => Given::Other("[…]".into()),
            (true, false) => Given::TooMany,
            (false, false) => Given::List(out),
        })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Given, A::Error> {
        let mut out = Vec::new();
        let mut cut = self.0 >= MAX_DEPTH;
        while let Some(k) = map.next_key::<String>()? {
            if cut || out.len() == MAX_ENTRIES {
                cut = true;
                map.next_value::<de::IgnoredAny>()?;
                continue;
            }
            // A value serde cannot read (a function, a symbol, a BigInt) is
            // kept as unreadable, so the message can still say where it sits.
            let v = map.next_value_seed(GivenAt(self.0 + 1)).unwrap_or_else(|_| Given::Other("(?)".into()));
            out.push((k, v));
        }
        Ok(match (cut, self.0 >= MAX_DEPTH) {
            (_, true) => Given::Other("{…}".into()),
            (true, false) => Given::TooMany,
            (false, false) => Given::Object(out),
        })
    }
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A field of the options sits one level down.
        GivenAt(1).deserialize(d)
    }
}

/// The names [`OptionsInput`] reads. serde-wasm-bindgen reads a struct by
/// its field names and never sees other keys, so the boundary checks a JS
/// object's keys against these ([`unknown_option`]); a test keeps the list
/// equal to the struct's fields.
pub const OPTION_NAMES: [&str; 6] = ["edition", "key", "populations", "official", "rule", "lang"];

/// The first key that is not an option, as [`ModelError::UnknownOption`].
pub fn unknown_option<S: AsRef<str>>(keys: impl IntoIterator<Item = S>) -> Result<(), ModelError> {
    match keys.into_iter().find(|k| !OPTION_NAMES.contains(&k.as_ref())) {
        Some(k) => Err(ModelError::UnknownOption(k.as_ref().to_string())),
        None => Ok(()),
    }
}

/// What a page passes to `calculate(raad, options)` or sets as `overrides`.
/// `null` and missing fields take the published defaults. Every part is
/// read as [`Given`] and checked by
/// [`Options::from_input`](super::options::Options::from_input), which
/// knows where each part sits and says so in its messages.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Options"))]
pub struct OptionsInput {
    /// "latest" (default): the latest edition that publishes each figure.
    #[cfg_attr(
        test,
        ts(optional, type = "\"latest\" | \"udspil-2024\" | \"foraarsaftale-2025\" | \"inspirationskatalog-2025\"")
    )]
    pub edition: Option<Given>,
    /// How national amounts are shared among the 17 councils.
    #[cfg_attr(test, ts(optional, type = "\"population\" | \"anlaeg\" | Record<string, number | string>"))]
    pub key: Option<Given>,
    /// Inhabitants by kommunekode, e.g. `{ "461": 210000 }`.
    #[cfg_attr(test, ts(optional, type = "Record<string, number | string>"))]
    pub populations: Option<Given>,
    /// The council's official amounts in mio. kr.: `{ pool: { year: amount } }`.
    #[cfg_attr(test, ts(optional, type = "Record<string, Record<string, number | string>>"))]
    pub official: Option<Given>,
    /// The voting rule: vote tiers (or the old shape's one threshold, not
    /// both), the regional members' weight and what the region must hold;
    /// every field optional, the published rule fills in. `regionalMembers`
    /// goes with `majority: "none"`, and only with it.
    #[cfg_attr(
        test,
        ts(
            optional,
            type = "({ tiers?: Array<{ from: number | string; votes: number | string }> } | { threshold?: number | string; votesBelow?: number | string; votesAtOrAbove?: number | string }) & { regionalWeight?: number | string; majority?: \"headsAndVotes\" | \"votes\" | \"none\"; regionalMembers?: number | string }"
        )
    )]
    pub rule: Option<Given>,
    /// Language of error messages from `calculate` (default "en"); not an override.
    #[cfg_attr(test, ts(optional, type = "\"da\" | \"en\""))]
    pub lang: Option<Given>,
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
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum VotesBasis {
    /// The vote class Figur 9's member counts imply.
    Published,
    /// A population supplied by the page or the reader.
    Population,
    /// None: the rule's tiers split its published class, so it needs a population.
    NeedsPopulation,
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
    /// Weighted votes; null when the rule cannot place it without a population.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub votes: Option<u32>,
    /// Where the votes come from.
    pub basis: VotesBasis,
    /// The population the votes follow, when one was supplied.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub population: Option<u64>,
    /// Share of the council's weighted votes, 0..1, as a decimal string;
    /// null when the council's votes cannot be counted.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub vote_share: Option<Decimal>,
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

/// Whether the region holds a majority of heads and of votes (under the
/// published rule both; under a rule with `majority: "none"` either may be false).
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
    /// Its members; null while `needsPopulation` is not empty.
    pub members: Option<MembersOut>,
    /// Its weighted votes; null while `needsPopulation` is not empty.
    pub votes: Option<VotesOut>,
    /// Whether the region holds a majority of heads and of votes; null while
    /// `needsPopulation` is not empty.
    pub region_majority: Option<RegionMajorityOut>,
    /// Every municipal member.
    pub municipalities: Vec<MunicipalityOut>,
    /// The region's seat needs; null while `needsPopulation` is not empty.
    pub region_seats: Option<RegionSeatsOut>,
    /// Under a rule whose tiers split a published vote class, the
    /// municipalities (kommunekoder) of the council's region that cannot be
    /// placed without a population: the council's own first. Empty when all
    /// are placed.
    pub needs_population: Vec<u16>,
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

fn council_out(council: &'static Council) -> CouncilOut {
    CouncilOut {
        id: council.id,
        name: council.name,
        region: edition::REGIONS[council.region.0].name,
        population_thousands: council.population_thousands,
        members_published: council.members_published,
        source: SourceOut::new(edition::SOURCES.council_members, None),
    }
}

fn key_out(key: &Key) -> KeyOut {
    match key {
        Key::Population => KeyOut::Population,
        Key::Anlaeg => KeyOut::Anlaeg,
        Key::Custom(_) => KeyOut::Custom,
    }
}

fn anlaeg_out(a: &Anlaeg) -> AnlaegOut {
    AnlaegOut {
        published: a.published,
        kr_per_citizen: a.kr_per_citizen,
        scaled_to_national: a.scaled,
        source: SourceOut::new(edition::SOURCES.council_anlaeg, None),
    }
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
                votes: Some(m.votes),
                basis: match m.basis {
                    VoteBasis::Published => VotesBasis::Published,
                    VoteBasis::Population(_) => VotesBasis::Population,
                },
                population: match m.basis {
                    VoteBasis::Published => None,
                    VoteBasis::Population(p) => Some(p),
                },
                vote_share: Some(r.vote_share(m.votes).normalize()),
            })
            .collect();
        let rs = &r.region_seats;
        CalculateResult {
            council: council_out(r.council),
            members: Some(MembersOut {
                municipal: c.municipal_members,
                regional: c.regional_members,
                total: c.total_members,
            }),
            votes: Some(VotesOut {
                municipal: c.municipal_votes,
                regional: c.regional_votes,
                total: c.total_votes,
                majority_needed: c.majority_needed,
            }),
            region_majority: Some(RegionMajorityOut { heads: c.region_majority_heads, votes: c.region_majority_votes }),
            municipalities,
            region_seats: Some(RegionSeatsOut {
                region: r.region.name,
                seats_needed: rs.seats_needed,
                regionsraad_udspil: rs.regionsraad_udspil,
                regionsraad_law: rs.regionsraad_law,
            }),
            needs_population: Vec::new(),
            key: key_out(&r.options.key),
            envelopes: r.envelopes.iter().map(pool_out).collect(),
            anlaeg: anlaeg_out(&r.anlaeg),
        }
    }
}

/// What `calculate(raad, options)` returns. Under a rule whose tiers split a
/// published vote class, with populations missing, the result says so rather
/// than failing or guessing: the municipalities the rule can place have
/// their votes, the others `null` and are listed in `needsPopulation`, the
/// counts that depend on all of them are `null`, and the money (which does
/// not depend on votes) is there.
pub fn calculate_result(raad: &str, options: &Options) -> Result<CalculateResult, ModelError> {
    let needs = match calculate(raad, options) {
        Ok(r) => return Ok(CalculateResult::from(&r)),
        Err(ModelError::PopulationsNeeded(codes)) => codes,
        Err(e) => return Err(e),
    };
    let id = edition::council_index(raad.trim()).ok_or_else(|| ModelError::UnknownCouncil(raad.to_string()))?;
    let municipalities = edition::municipalities_of(id)
        .map(|m| {
            let population = options.populations.get(&m.code).copied();
            let (votes, basis) = match (population, options.rule.votes_for_published_class(m.published_votes)) {
                (Some(p), _) => (Some(options.rule.votes_for(p)), VotesBasis::Population),
                (None, Some(v)) => (Some(v), VotesBasis::Published),
                (None, None) => (None, VotesBasis::NeedsPopulation),
            };
            MunicipalityOut { code: m.code, name: m.name, votes, basis, population, vote_share: None }
        })
        .collect();
    Ok(CalculateResult {
        council: council_out(&edition::COUNCILS[id.0]),
        members: None,
        votes: None,
        region_majority: None,
        municipalities,
        region_seats: None,
        needs_population: needs,
        key: key_out(&options.key),
        envelopes: envelope::envelopes(id, options.edition, &options.key, &options.official)?
            .iter()
            .map(pool_out)
            .collect(),
        anlaeg: anlaeg_out(&envelope::anlaeg(id, options.edition)?),
    })
}

// ------------------------------------------------------------- overview --

/// One council in `overview()`: the overview table's row.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "OverviewCouncil"))]
pub struct OverviewCouncilOut {
    /// Council id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Its region's id.
    pub region: &'static str,
    /// Municipalities in the council.
    pub municipalities: u32,
    /// Municipalities with more votes than the rule's first tier gives (two
    /// votes under the published rule).
    pub two_vote_municipalities: u32,
    /// The municipal members' weighted votes.
    pub municipal_votes: u32,
    /// Regional members.
    pub regional_members: u32,
    /// Members, computed.
    pub members: u32,
    /// Members as Figur 9 publishes them.
    pub members_published: u32,
    /// Weighted votes in all.
    pub weighted_votes: u32,
    /// Population in thousands (Figur 9).
    pub population_thousands: u32,
    /// Anlæg in mio. kr. (Figur 20), a decimal string.
    #[cfg_attr(test, ts(type = "string"))]
    pub anlaeg_mio_kr: Decimal,
    /// Anlæg in kr. per citizen (Figur 20).
    pub anlaeg_kr_per_citizen: u32,
}

/// One region in `overview()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "OverviewRegion"))]
pub struct OverviewRegionOut {
    /// Region id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Its councils' ids.
    pub councils: Vec<&'static str>,
    /// Regional seats its councils need.
    pub regional_seats_needed: u32,
    /// The regionsråd's size in the udspil (Figur 8).
    pub regionsraad_udspil: u32,
    /// The regionsråd's size under L 214.
    pub regionsraad_law: u32,
    /// Whether the councils need more seats than the regionsråd has.
    pub exceeds_regionsraad: bool,
    /// Population in millions (Figur 8), a decimal string.
    #[cfg_attr(test, ts(type = "string"))]
    pub population_millions: Decimal,
}

/// What `overview()` returns: every council and region.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "OverviewResult"))]
pub struct OverviewOut {
    /// The 17 councils, region by region.
    pub councils: Vec<OverviewCouncilOut>,
    /// The 4 regions.
    pub regions: Vec<OverviewRegionOut>,
}

/// The overview as the JS contract gives it.
pub fn overview_result(o: &super::overview::Overview) -> OverviewOut {
    OverviewOut {
        councils: o
            .rows()
            .map(|r| OverviewCouncilOut {
                id: r.id,
                name: r.name,
                region: edition::REGIONS[r.region.0].id,
                municipalities: r.municipalities,
                two_vote_municipalities: r.two_vote,
                municipal_votes: r.municipal_votes,
                regional_members: r.regional_members,
                members: r.members,
                members_published: r.members_published,
                weighted_votes: r.weighted_votes,
                population_thousands: r.population_thousands,
                anlaeg_mio_kr: r.anlaeg,
                anlaeg_kr_per_citizen: r.anlaeg_per_citizen,
            })
            .collect(),
        regions: o
            .regions
            .iter()
            .map(|g| OverviewRegionOut {
                id: g.id,
                name: g.name,
                councils: g.rows.iter().map(|r| r.id).collect(),
                regional_seats_needed: g.seats.seats_needed,
                regionsraad_udspil: g.seats.regionsraad_udspil,
                regionsraad_law: g.seats.regionsraad_law,
                exceeds_regionsraad: g.exceeds_regionsraad,
                population_millions: g.population_millions,
            })
            .collect(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    /// What a page's JSON gives: keys checked as the wasm boundary checks
    /// them, then read by serde.
    fn parse(json: &str) -> Result<OptionsInput, ModelError> {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        unknown_option(v.as_object().unwrap().keys())?;
        Ok(serde_json::from_str(json).unwrap())
    }

    fn options(json: &str) -> Result<crate::model::report::Options, ModelError> {
        crate::model::report::Options::from_input(&parse(json)?)
    }

    #[test]
    fn leaves_keep_what_was_given() {
        let o = parse(r#"{"populations": {"461": 205000, "420": "41.000", "430": true, "440": {"a": [1]}}}"#).unwrap();
        let Some(Given::Object(p)) = o.populations else { panic!("an object") };
        assert_eq!(p[0], ("461".into(), Given::Number(205_000.0)));
        assert_eq!(p[1], ("420".into(), Given::Text("41.000".into())));
        assert_eq!(p[2].1.display(), "true");
        assert_eq!(p[3].1.display(), "{…}");
    }

    #[test]
    fn option_names_are_the_structs_fields() {
        for name in OPTION_NAMES {
            assert!(serde_json::from_str::<OptionsInput>(&format!("{{\"{name}\": null}}")).is_ok(), "{name}");
        }
        // serde's own list, from its message for an unknown field.
        let e = serde_json::from_str::<OptionsInput>(r#"{"nope": 1}"#).unwrap_err().to_string();
        let listed = e.matches('`').count() / 2 - 1;
        assert_eq!(listed, OPTION_NAMES.len(), "{e}");
    }

    #[test]
    fn shapes_are_checked_where_the_path_is_known() {
        assert_eq!(options(r#"{"colour": "red"}"#), Err(ModelError::UnknownOption("colour".into())));
        assert_eq!(options(r#"{"rule": {"quota": 3}}"#), Err(ModelError::UnknownOption("rule.quota".into())));
        let wrong = |path: &str, expected| Err(ModelError::WrongType { path: path.into(), expected });
        assert_eq!(options(r#"{"populations": [461, 1000]}"#), wrong("populations", Expected::Object));
        assert_eq!(
            options(r#"{"official": {"sundhedsraad_total": 5}}"#),
            wrong("official.sundhedsraad_total", Expected::Object)
        );
        assert_eq!(options(r#"{"key": 5}"#), wrong("key", Expected::Key));
        assert_eq!(options(r#"{"edition": 2024}"#), wrong("edition", Expected::Text));
        assert_eq!(options(r#"{"rule": "strict"}"#), wrong("rule", Expected::Object));
        assert_eq!(parse(r#"{"edition": null, "key": null}"#), Ok(OptionsInput::default()));
    }

    #[test]
    fn too_many_entries_are_refused_by_name() {
        let many: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("\"x{i}\": 1")).collect();
        let json = format!("{{\"populations\": {{{}}}}}", many.join(","));
        assert_eq!(options(&json), Err(ModelError::TooManyEntries { path: "populations".into(), max: MAX_ENTRIES }));
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

    #[test]
    fn bug5_a_threshold_without_populations_gives_a_partial_result() {
        let o = options(r#"{"rule": {"threshold": 50000}, "populations": {"420": 60000}}"#).unwrap();
        let r = calculate_result("fyn", &o).unwrap();
        assert_eq!((r.members.as_ref(), r.votes.as_ref(), r.region_seats.as_ref()), (None, None, None));
        let assens = r.municipalities.iter().find(|m| m.code == 420).unwrap();
        assert_eq!((assens.votes, assens.basis), (Some(2), VotesBasis::Population));
        // Odense's class ("80,000 or more") lies in the tier from 50,000; Faaborg-Midtfyn's does not.
        let odense = r.municipalities.iter().find(|m| m.code == 461).unwrap();
        assert_eq!((odense.votes, odense.basis), (Some(2), VotesBasis::Published));
        let faaborg = r.municipalities.iter().find(|m| m.code == 430).unwrap();
        assert_eq!((faaborg.votes, faaborg.basis), (None, VotesBasis::NeedsPopulation));
        assert_eq!(r.needs_population[0], 430, "Fyn's own first");
        assert!(!r.needs_population.contains(&420) && !r.needs_population.contains(&461));
        assert_eq!(
            r.envelopes.len(),
            CalculateResult::from(&calculate("fyn", &Options::default()).unwrap()).envelopes.len()
        );
        let v = serde_json::to_value(&r).unwrap();
        assert!(v["members"].is_null() && v["needsPopulation"].as_array().unwrap().len() > 8);
    }

    #[test]
    fn arrays_are_read_as_lists_to_the_same_depth() {
        let o = parse(r#"{"rule": {"tiers": [{"from": 0, "votes": 1}, 7, [1], {"a": {"b": 1}}]}}"#).unwrap();
        let Some(Given::Object(rule)) = o.rule else { panic!("an object") };
        let Given::List(items) = &rule[0].1 else { panic!("a list: {rule:?}") };
        assert_eq!(
            items[0],
            Given::Object(vec![("from".into(), Given::Number(0.0)), ("votes".into(), Given::Number(1.0))])
        );
        assert_eq!(items[1], Given::Number(7.0));
        assert_eq!(items[2], Given::List(vec![Given::Number(1.0)]));
        assert_eq!(items[3].display(), "{…}");
        assert_eq!(rule[0].1.display(), "[…]");
        let many: Vec<String> = (0..=MAX_ENTRIES).map(|_| "1".to_string()).collect();
        let json = format!("{{\"rule\": {{\"tiers\": [{}]}}}}", many.join(","));
        assert_eq!(options(&json), Err(ModelError::TooManyEntries { path: "rule.tiers".into(), max: MAX_ENTRIES }));
    }

    #[test]
    fn a_stated_number_of_regional_members_reports_the_majorities_as_they_are() {
        let o = options(r#"{"rule": {"majority": "none", "regionalMembers": 5}}"#).unwrap();
        let v = serde_json::to_value(calculate_result("fyn", &o).unwrap()).unwrap();
        assert_eq!(v["members"]["regional"], 5);
        assert_eq!(v["regionMajority"], serde_json::json!({"heads": false, "votes": false}));
        let o = options(r#"{"rule": {"majority": "votes", "regionalWeight": 2}}"#).unwrap();
        let v = serde_json::to_value(calculate_result("fyn", &o).unwrap()).unwrap();
        assert_eq!(v["members"]["regional"], 6);
        assert_eq!(v["regionMajority"], serde_json::json!({"heads": false, "votes": true}));
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
            OptionsInput::decl(&cfg),
            OverviewCouncilOut::decl(&cfg),
            OverviewRegionOut::decl(&cfg),
            OverviewOut::decl(&cfg),
            crate::model::power_summary::MemberSummary::decl(&cfg),
            crate::model::power_summary::ColemanSummary::decl(&cfg),
            crate::model::power_summary::PowerSummary::decl(&cfg),
            crate::model::power_summary::PowerResult::decl(&cfg),
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
