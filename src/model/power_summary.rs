//! A plain, serializable summary of a council's voting power (see
//! [`super::power`]), for an embedding page or a test: every index as a
//! decimal string with [`DECIMALS`] places, every count as a decimal string
//! (a raw Banzhaf count can exceed what a JS number holds exactly).
//!
//! ```
//! use sundhedsraad_beregner::model::power::Mode;
//! use sundhedsraad_beregner::model::power_summary::power_summary;
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! let r = calculate("soenderjylland", &Options::default()).unwrap();
//! let s = power_summary(&r, Mode::Individual).unwrap();
//! // 4 municipalities and 5 regional members of 1 vote each: 1/9 each.
//! assert_eq!(s.members[0].banzhaf, "0.111111");
//! assert_eq!((s.members[4].kind, s.members[4].count), ("region", 5));
//! assert!(s.region_can_pass && !s.municipalities_can_block);
//! ```

use super::error::ModelError;
use super::power::{power, Member, MemberPower, Mode, Share};
use super::report::Report;
use num_bigint::BigUint;
use num_rational::Ratio;
use num_traits::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// Decimal places of every index in a [`PowerSummary`].
pub const DECIMALS: u32 = 6;

/// The mode's key, as the widget's mode switch and the summary name it:
/// `"each"` for [`Mode::Individual`], `"bloc"` for [`Mode::RegionBloc`].
pub fn mode_key(mode: Mode) -> &'static str {
    match mode {
        Mode::Individual => "each",
        Mode::RegionBloc => "bloc",
    }
}

/// The mode a key names (see [`mode_key`]); `None` for any other text.
pub fn mode_from_key(key: &str) -> Option<Mode> {
    match key.trim() {
        "each" => Some(Mode::Individual),
        "bloc" => Some(Mode::RegionBloc),
        _ => None,
    }
}

/// `Σ count · share`, exactly, then rounded half up to `places` decimals
/// (at most 26): the power of several identical members together. `None`
/// only if the sum is too large for a [`Decimal`] (it never is for a game
/// of at most [`super::power::MAX_PLAYERS`] players).
pub fn sum_of_shares<'a>(parts: impl IntoIterator<Item = (u32, &'a Share)>, places: u32) -> Option<Decimal> {
    let places = places.min(26);
    let zero = Ratio::from_integer(BigUint::from(0u8));
    let sum: Ratio<BigUint> =
        parts.into_iter().fold(zero, |sum, (count, share)| sum + share.ratio() * BigUint::from(count));
    let scaled = sum.numer() * BigUint::from(10u8).pow(places) * 2u8 + sum.denom();
    let mantissa = (scaled / (sum.denom() * 2u8)).to_i128()?;
    Decimal::try_from_i128_with_scale(mantissa, places).ok()
}

/// One row of a [`PowerSummary`]: a municipal member, or the regional
/// members (each of them, or the bloc).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MemberSummary {
    /// The municipality's name, or the region's name.
    pub name: &'static str,
    /// `"municipality"` or `"region"`.
    pub kind: &'static str,
    /// How many members the row stands for, each with the power given: the
    /// number of regional members in mode `"each"`, otherwise 1.
    pub count: u32,
    /// Weighted votes of one such member (of the whole bloc in mode `"bloc"`).
    pub votes: u64,
    /// Normalized Banzhaf index, 0..1.
    pub banzhaf: String,
    /// Banzhaf raw count: coalitions of the others in which this member is
    /// decisive.
    pub banzhaf_count: String,
    /// Shapley–Shubik index, 0..1.
    pub shapley_shubik: String,
}

/// Coleman's indices of the council and of its two sides, 0..1.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ColemanSummary {
    /// The council's power to act: the share of all coalitions that win.
    pub act: String,
    /// The municipal members together: power to prevent action.
    pub municipalities_prevent: String,
    /// The municipal members together: power to initiate action.
    pub municipalities_initiate: String,
    /// The regional members together: power to prevent action.
    pub region_prevent: String,
    /// The regional members together: power to initiate action.
    pub region_initiate: String,
}

/// Voting power in a council under one mode, as plain values.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PowerSummary {
    /// `"each"` or `"bloc"` (see [`mode_key`]).
    pub mode: &'static str,
    /// The municipalities in the council's order, then the regional members.
    pub members: Vec<MemberSummary>,
    /// Coleman's indices.
    pub coleman: ColemanSummary,
    /// The municipal members voting together against defeat any motion.
    pub municipalities_can_block: bool,
    /// The regional members voting together for pass any motion.
    pub region_can_pass: bool,
}

/// Voting power in a council in both modes, as `power()` of the module
/// script returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PowerResult {
    /// Every member votes on their own.
    pub each: PowerSummary,
    /// The region's members vote as one bloc.
    pub bloc: PowerSummary,
}

/// A share as a decimal string with [`DECIMALS`] places: `"0.111111"`.
fn decimal(s: &Share) -> String {
    s.to_decimal(DECIMALS).to_string()
}

/// Summarizes the voting power in the report's council under the report's
/// rule. Fails as [`power`] does.
pub fn power_summary(r: &Report, mode: Mode) -> Result<PowerSummary, ModelError> {
    let p = power(&r.composition, &r.options.rule, mode)?;
    let row = |m: &MemberPower| {
        let (name, kind) = match m.member {
            Member::Municipality(code) => {
                let name = r.composition.municipalities.iter().find(|s| s.code == code).map_or("", |s| s.name);
                (name, "municipality")
            }
            Member::Regional | Member::RegionalBloc => (r.region.name, "region"),
        };
        MemberSummary {
            name,
            kind,
            count: m.count,
            votes: m.weight,
            banzhaf: decimal(&m.banzhaf),
            banzhaf_count: m.swings.to_string(),
            shapley_shubik: decimal(&m.shapley_shubik),
        }
    };
    Ok(PowerSummary {
        mode: mode_key(mode),
        members: p.members.iter().map(row).collect(),
        coleman: ColemanSummary {
            act: decimal(&p.power_to_act),
            municipalities_prevent: decimal(&p.municipal_side.prevent),
            municipalities_initiate: decimal(&p.municipal_side.initiate),
            region_prevent: decimal(&p.regional_side.prevent),
            region_initiate: decimal(&p.regional_side.initiate),
        },
        municipalities_can_block: p.municipalities_can_block(),
        region_can_pass: p.region_can_pass(),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn keys_round_trip() {
        for mode in [Mode::Individual, Mode::RegionBloc] {
            assert_eq!(mode_from_key(mode_key(mode)), Some(mode));
        }
        assert_eq!(mode_from_key("both"), None);
    }

    #[test]
    fn summary_serializes_in_camel_case() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let s = power_summary(&r, Mode::RegionBloc).unwrap();
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["mode"], "bloc");
        assert_eq!(json["regionCanPass"], true);
        assert_eq!(json["municipalitiesCanBlock"], false);
        let last = json["members"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["kind"], "region");
        assert_eq!((last["banzhaf"].clone(), last["banzhafCount"].clone()), ("1.000000".into(), "512".into()));
        assert_eq!(json["coleman"]["regionPrevent"], "1.000000");
        assert_eq!(json["members"][0]["shapleyShubik"], "0.000000");
    }

    #[test]
    fn sums_of_shares_are_exact_before_rounding() {
        let r = calculate("soenderjylland", &Options::default()).unwrap();
        let p = power(&r.composition, &r.options.rule, Mode::Individual).unwrap();
        // 9 × 1/9 is exactly 1, though 9 × 0.111111 is not.
        let all = sum_of_shares(p.members.iter().map(|m| (m.count, &m.banzhaf)), DECIMALS).unwrap();
        assert_eq!(all, Decimal::new(1_000_000, DECIMALS));
        let region = sum_of_shares([(5, &p.members[4].banzhaf)], 3).unwrap();
        assert_eq!(region, Decimal::new(556, 3));
    }
}
