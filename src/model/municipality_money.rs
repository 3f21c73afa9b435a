//! "My municipality's money" (issue 12): with a population supplied for a
//! municipality, what it would get of each of its council's envelopes,
//! year by year, if the envelope were split by population — an
//! illustration, never a figure from the sources (DOMAIN.md §4: no key for
//! splitting a council's money among its municipalities is published).
//!
//! ```
//! use sundhedsraad_beregner::model::municipality_money::municipality_money;
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! use sundhedsraad_beregner::model::votes::Populations;
//! let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
//! let m = municipality_money(&calculate("fyn", &o).unwrap(), 461).unwrap().unwrap();
//! assert_eq!((m.name, m.population), ("Odense", 210_000));
//! assert!(m.rows.iter().all(|r| r.years.len() == 5));
//! ```

use super::edition::PoolId;
use super::envelope::{per_capita_illustration, Basis};
use super::error::ModelError;
use super::report::Report;
use super::votes::VoteBasis;
use rust_decimal::Decimal;

/// One pool's illustration, year by year.
#[derive(Debug, Clone, PartialEq)]
pub struct IllustrationRow {
    /// The pool.
    pub pool: PoolId,
    /// `(year, the municipality's illustrative part in mio. kr., how the
    /// council's amount was found)`; `None` where the council has no amount.
    pub years: Vec<(u16, Option<Decimal>, Basis)>,
}

/// A municipality's illustration for every pool and year of its council.
#[derive(Debug, Clone, PartialEq)]
pub struct MunicipalityMoney {
    /// Kommunekode.
    pub code: u16,
    /// Name.
    pub name: &'static str,
    /// The population supplied.
    pub population: u64,
    /// The council's population (Figur 9, thousands × 1,000), the divisor.
    pub council_population: u64,
    /// One row per pool with at least one amount.
    pub rows: Vec<IllustrationRow>,
}

/// The illustration for municipality `code` of the report's council, or
/// `None` when it has no population supplied (or is not of this council).
///
/// # Errors
/// A population too large for the council ([`ModelError::PopulationExceedsCouncil`]).
pub fn municipality_money(r: &Report, code: u16) -> Result<Option<MunicipalityMoney>, ModelError> {
    let Some(m) = r.composition.municipalities.iter().find(|m| m.code == code) else { return Ok(None) };
    let VoteBasis::Population(population) = m.basis else { return Ok(None) };
    let mut rows = Vec::new();
    for env in r.envelopes.iter().filter(|e| e.years.iter().any(|y| y.council.is_some())) {
        let years = env
            .years
            .iter()
            .map(|y| {
                Ok((
                    y.year,
                    y.council.map(|a| per_capita_illustration(a, population, r.council_id)).transpose()?,
                    y.basis,
                ))
            })
            .collect::<Result<_, ModelError>>()?;
        rows.push(IllustrationRow { pool: env.pool, years });
    }
    Ok(Some(MunicipalityMoney {
        code,
        name: m.name,
        population,
        council_population: u64::from(r.council.population_thousands) * 1000,
        rows,
    }))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};
    use crate::model::votes::Populations;

    #[test]
    fn every_year_with_an_amount_is_illustrated_in_proportion() {
        let o = Options { populations: Populations::from([(461, 210_000)]), ..Options::default() };
        let r = calculate("fyn", &o).unwrap();
        let m = municipality_money(&r, 461).unwrap().unwrap();
        assert_eq!(m.council_population, u64::from(r.council.population_thousands) * 1000);
        for (row, env) in m.rows.iter().zip(r.envelopes.iter().filter(|e| e.years.iter().any(|y| y.council.is_some())))
        {
            assert_eq!(row.pool, env.pool);
            for ((year, part, _), y) in row.years.iter().zip(&env.years) {
                assert_eq!(*year, y.year);
                match (part, y.council) {
                    (Some(p), Some(a)) => {
                        // part = amount × 210,000 / council population, to the krone (rounded down).
                        let exact = a * Decimal::from(210_000) / Decimal::from(m.council_population);
                        assert!(*p <= exact && exact - *p < Decimal::new(1, 6), "{p} vs {exact}");
                    }
                    (None, None) => {}
                    other => panic!("{other:?}"),
                }
            }
        }
        assert!(!m.rows.is_empty());
    }

    #[test]
    fn without_a_population_there_is_no_illustration() {
        let r = calculate("fyn", &Options::default()).unwrap();
        assert_eq!(municipality_money(&r, 461), Ok(None));
        assert_eq!(municipality_money(&r, 101), Ok(None), "København is not in Fyn");
    }
}
