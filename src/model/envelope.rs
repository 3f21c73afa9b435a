//! A council's funding envelopes: the national pools year by year, and the
//! council's share by a stated key.
//!
//! The national model that distributes the pools ("patienttyngde") has no
//! published keys, so a council's yearly amount is an **estimate** from a key
//! the reader can see: population share (Figur 9) or Figur 20's anlæg shares,
//! or a key supplied by the embedding page. Amounts an embedding page supplies
//! as official are shown as such. A year without a published national figure
//! stays empty.

use super::edition::{self, CouncilId, DocumentId, Figure, PoolId, Side, COUNCILS, POOLS};
use super::error::ModelError;
use super::money;
use rust_decimal::Decimal;

/// The years the widget shows.
pub const YEARS: std::ops::RangeInclusive<u16> = 2027..=2031;

/// How the national amount is shared out among the 17 councils.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Key {
    /// Each council's population (Figur 9) over the sum of all 17.
    #[default]
    Population,
    /// Each council's share of Figur 20's anlæg split.
    Anlaeg,
    /// Weights supplied from outside, one per council in [`COUNCILS`] order.
    Custom(Vec<Decimal>),
}

impl Key {
    /// Stable id: `population`, `anlaeg` or `custom`.
    pub fn id(&self) -> &'static str {
        match self {
            Key::Population => "population",
            Key::Anlaeg => "anlaeg",
            Key::Custom(_) => "custom",
        }
    }

    /// The weights, one per council.
    pub fn weights(&self) -> Vec<Decimal> {
        match self {
            Key::Population => COUNCILS.iter().map(|c| Decimal::from(c.population_thousands)).collect(),
            Key::Anlaeg => COUNCILS.iter().map(|c| c.anlaeg_mio_kr.decimal()).collect(),
            Key::Custom(w) => w.clone(),
        }
    }
}

/// An amount for one council supplied as official by the embedding page.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficialAmount {
    /// The pool.
    pub pool: PoolId,
    /// The year.
    pub year: u16,
    /// The council's amount in mio. kr.
    pub amount: Decimal,
}

/// How a council amount was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Supplied as official by the embedding page.
    Official,
    /// Estimated from the national figure by a key.
    Estimate,
    /// No national figure is published for the year, so nothing to share.
    Unpublished,
}

/// One year of one pool.
#[derive(Debug, Clone, PartialEq)]
pub struct YearAmount {
    /// The year.
    pub year: u16,
    /// The national figure as published, with its source, if any.
    pub national: Option<&'static Figure>,
    /// The council's amount in mio. kr., to the krone.
    pub council: Option<Decimal>,
    /// How the council amount was found.
    pub basis: Basis,
}

/// One pool's envelope for a council.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolEnvelope {
    /// The pool.
    pub pool: PoolId,
    /// The years in [`YEARS`].
    pub years: Vec<YearAmount>,
}

/// The yearly envelopes of one council for every pool that `edition`
/// published yearly figures for.
pub fn envelopes(
    council: CouncilId,
    edition: Option<DocumentId>,
    key: &Key,
    official: &[OfficialAmount],
) -> Result<Vec<PoolEnvelope>, ModelError> {
    let weights = key.weights();
    if weights.len() != COUNCILS.len() {
        return Err(ModelError::KeyLength { given: weights.len(), expected: COUNCILS.len() });
    }
    let mut out = Vec::new();
    for (i, pool) in POOLS.iter().enumerate() {
        let pool_id = PoolId(i);
        if pool.side == Side::Capital {
            continue;
        }
        let years: Vec<YearAmount> = YEARS
            .map(|year| {
                let national = edition::figure_for_year(pool_id, edition, year);
                if let Some(o) = official.iter().find(|o| o.pool == pool_id && o.year == year) {
                    return Ok(YearAmount { year, national, council: Some(o.amount), basis: Basis::Official });
                }
                match national {
                    Some(f) => Ok(YearAmount {
                        year,
                        national,
                        council: Some(money::split_part(f.amount.decimal(), &weights, council.0)?),
                        basis: Basis::Estimate,
                    }),
                    None => Ok(YearAmount { year, national, council: None, basis: Basis::Unpublished }),
                }
            })
            .collect::<Result<_, ModelError>>()?;
        if years.iter().any(|y| y.national.is_some() || y.basis == Basis::Official) {
            out.push(PoolEnvelope { pool: pool_id, years });
        }
    }
    Ok(out)
}

/// A council's anlæg amount (fysiske rammer, 2027–2031 in total).
#[derive(Debug, Clone, PartialEq)]
pub struct Anlaeg {
    /// Figur 20's preliminary amount as published (rounded), mio. kr.
    pub published: Decimal,
    /// Kr. per citizen as published in Figur 20.
    pub kr_per_citizen: u32,
    /// The national total the split belongs to (3,500), with its source.
    pub national: Option<&'static Figure>,
    /// The published amounts scaled to the national total, exactly.
    pub scaled: Option<Decimal>,
}

/// Figur 20's amount for a council, and the same scaled so that the 17
/// amounts sum exactly to the national 3,500 mio. kr.
pub fn anlaeg(council: CouncilId, edition: Option<DocumentId>) -> Result<Anlaeg, ModelError> {
    let c = &COUNCILS[council.0];
    let pool = edition::pool_by_id("anlaeg_fysiske_rammer")
        .ok_or_else(|| ModelError::UnknownPool("anlaeg_fysiske_rammer".into()))?;
    let national = match edition {
        Some(e) => edition::span_figure(pool, e),
        None => edition::editions().into_iter().rev().find_map(|e| edition::span_figure(pool, e)),
    };
    let scaled = match national {
        Some(f) => Some(money::split_part(f.amount.decimal(), &Key::Anlaeg.weights(), council.0)?),
        None => None,
    };
    Ok(Anlaeg { published: c.anlaeg_mio_kr.decimal(), kr_per_citizen: c.anlaeg_kr_per_citizen, national, scaled })
}

/// A per-capita illustration: the part of a council envelope that a
/// municipality of `population` would get if the envelope were split by
/// population, against the council's population from Figur 9 (thousands).
/// An illustration only: no formula for the split exists (data/SOURCES.md).
pub fn per_capita_illustration(envelope: Decimal, population: u64, council: CouncilId) -> Result<Decimal, ModelError> {
    let council_pop = u64::from(COUNCILS[council.0].population_thousands) * 1000;
    if population == 0 || population > council_pop.max(1) * 2 {
        return Err(ModelError::PopulationExceedsCouncil { population, council: COUNCILS[council.0].id.into() });
    }
    let whole = money::to_kroner(envelope)?;
    let part = whole.checked_mul(i128::from(population)).ok_or(ModelError::Overflow)? / i128::from(council_pop);
    Ok(money::from_kroner(part))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edition::{council_index, document_by_id, pool_by_id};

    #[test]
    fn seventeen_estimates_sum_to_the_national_figure() {
        let ed = document_by_id("udspil-2024").unwrap();
        for key in [Key::Population, Key::Anlaeg] {
            let mut sums = std::collections::BTreeMap::<(usize, u16), Decimal>::new();
            for i in 0..COUNCILS.len() {
                for env in envelopes(CouncilId(i), Some(ed), &key, &[]).unwrap() {
                    for y in env.years {
                        *sums.entry((env.pool.0, y.year)).or_default() += y.council.unwrap_or_default();
                    }
                }
            }
            for ((pool, year), sum) in sums {
                let national =
                    edition::yearly_figure(PoolId(pool), ed, year).map(|f| f.amount.decimal()).unwrap_or_default();
                assert_eq!(sum, national, "{} {year}", POOLS[pool].id);
            }
        }
    }

    #[test]
    fn official_amount_wins_and_gaps_stay_gaps() {
        let ed = document_by_id("udspil-2024").unwrap();
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        let fyn = council_index("fyn").unwrap();
        let official = [OfficialAmount { pool, year: 2027, amount: Decimal::new(1234, 1) }];
        let env = envelopes(fyn, Some(ed), &Key::Population, &official).unwrap();
        let total = env.iter().find(|e| e.pool == pool).unwrap();
        assert_eq!(total.years[0].basis, Basis::Official);
        assert_eq!(total.years[0].council, Some(Decimal::new(1234, 1)));
        assert_eq!(total.years[1].basis, Basis::Estimate);
        assert_eq!(total.years[4].basis, Basis::Unpublished, "udspil has no 2031 figure");
        assert_eq!(total.years[4].council, None);
    }

    #[test]
    fn anlaeg_scaled_sums_to_3500() {
        let ed = document_by_id("udspil-2024").unwrap();
        let sum: Decimal = (0..COUNCILS.len()).map(|i| anlaeg(CouncilId(i), Some(ed)).unwrap().scaled.unwrap()).sum();
        assert_eq!(sum, Decimal::from(3500));
    }

    #[test]
    fn per_capita_illustration_is_proportional() {
        let aarhus = council_index("aarhus").unwrap(); // 372 thousand
        let part = per_capita_illustration(Decimal::from(372), 186_000, aarhus).unwrap();
        assert_eq!(part, Decimal::from(186));
        assert!(per_capita_illustration(Decimal::from(372), 0, aarhus).is_err());
    }
}
