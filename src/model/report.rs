//! Everything computed for one council: what the widget shows, and what
//! `calculate(raad, options)` returns to JS (as
//! [`CalculateResult`](super::contract::CalculateResult)).

use super::edition::{self, Council, CouncilId, Region};
use super::envelope::{self, Anlaeg, PoolEnvelope};
use super::error::ModelError;
pub use super::options::Options;
use super::votes::{self, Composition, RegionSeats};
use rust_decimal::Decimal;

/// The result for one council.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The council's index.
    pub council_id: CouncilId,
    /// The council.
    pub council: &'static Council,
    /// Its region.
    pub region: &'static Region,
    /// Seats and votes.
    pub composition: Composition,
    /// Regional seats the region's councils need.
    pub region_seats: RegionSeats,
    /// Yearly envelopes.
    pub envelopes: Vec<PoolEnvelope>,
    /// Anlæg (fysiske rammer).
    pub anlaeg: Anlaeg,
    /// The options used.
    pub options: Options,
}

/// Computes everything for the council with id `raad`.
pub fn calculate(raad: &str, options: &Options) -> Result<Report, ModelError> {
    let council_id = edition::council_index(raad.trim()).ok_or_else(|| ModelError::UnknownCouncil(raad.to_string()))?;
    calculate_for(council_id, options)
}

/// Computes everything for one council of the edition. Under a rule that
/// cannot place a published vote class, [`ModelError::PopulationsNeeded`]
/// names the council's municipalities that need a population first, then
/// the rest of the region's (whose seat needs the region summary includes).
pub fn calculate_for(council_id: CouncilId, options: &Options) -> Result<Report, ModelError> {
    let council = &edition::COUNCILS[council_id.0];
    let composition = votes::compose_council(council_id, &options.populations, &options.rule);
    let region_seats = votes::region_seats(council.region, &options.populations, &options.rule);
    let (composition, region_seats) = match (composition, region_seats) {
        (Ok(c), Ok(r)) => (c, r),
        (Err(ModelError::PopulationsNeeded(mut own)), Err(ModelError::PopulationsNeeded(region))) => {
            own.extend(
                region
                    .into_iter()
                    .filter(|c| edition::municipality_by_code(*c).is_some_and(|m| m.council != council_id)),
            );
            return Err(ModelError::PopulationsNeeded(own));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    Ok(Report {
        council_id,
        council,
        region: &edition::REGIONS[council.region.0],
        composition,
        region_seats,
        envelopes: envelope::envelopes(council_id, options.edition, &options.key, &options.official)?,
        anlaeg: envelope::anlaeg(council_id, options.edition)?,
        options: options.clone(),
    })
}

impl Report {
    /// A share of the council's weighted votes (0..=1), to six decimals,
    /// rounded half up (integer arithmetic: exact).
    pub fn vote_share(&self, votes: u32) -> Decimal {
        let total = u64::from(self.composition.total_votes.max(1));
        let micro = (u64::from(votes) * 2_000_000 / total).div_ceil(2);
        Decimal::new(micro as i64, 6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::votes::{Tier, VoteRule};

    #[test]
    fn vote_shares_round_half_up_to_six_decimals() {
        let r = calculate("fyn", &Options::default()).unwrap(); // 21 votes
        assert_eq!(r.vote_share(2), Decimal::new(95_238, 6)); // 0.0952380…
        assert_eq!(r.vote_share(1), Decimal::new(47_619, 6)); // 0.0476190…
        assert_eq!(r.vote_share(21), Decimal::ONE);
    }

    #[test]
    fn unknown_council_is_an_error() {
        assert_eq!(
            calculate("atlantis", &Options::default()).unwrap_err(),
            ModelError::UnknownCouncil("atlantis".into())
        );
    }

    #[test]
    fn bug5_populations_needed_names_the_council_first_then_the_region() {
        // 50,000 splits the class "under 80,000"; "80,000 or more" lies in the tier from 50,000.
        let tiers = vec![Tier { from: 0, votes: 1 }, Tier { from: 50_000, votes: 2 }];
        let o = Options { rule: VoteRule { tiers, ..VoteRule::default() }, ..Options::default() };
        let Err(ModelError::PopulationsNeeded(codes)) = calculate("fyn", &o) else {
            panic!("expected PopulationsNeeded")
        };
        let fyn: Vec<u16> = edition::municipalities_of(edition::council_index("fyn").unwrap())
            .filter(|m| m.published_votes == 1)
            .map(|m| m.code)
            .collect();
        assert_eq!(&codes[..fyn.len()], &fyn[..], "Fyn's own municipalities first");
        assert!(!codes.contains(&461), "Odense's class is placed");
        let region = edition::COUNCILS[edition::council_index("fyn").unwrap().0].region;
        let in_region = edition::MUNICIPALITIES
            .iter()
            .filter(|m| edition::COUNCILS[m.council.0].region == region && m.published_votes == 1)
            .count();
        assert_eq!(codes.len(), in_region, "then every other one-vote municipality of Syddanmark");
    }
}
