//! Seats and weighted votes of a council, and the regional seats a region's
//! councils need.
//!
//! # The rule (udspil 2024, "Kommunernes stemmeret i sundhedsråd")
//! Every municipality has one member. A municipality under 80,000 inhabitants
//! has 1 vote, over 80,000 it has 2 (the sources leave exactly 80,000 open; the
//! project counts it as 2). Each regional member has 1 vote, and the region
//! holds a majority of both heads and weighted votes. With `n` municipalities
//! whose votes sum to `V`, the region needs `R = max(n, V) + 1` members.
//!
//! ```
//! use sundhedsraad_beregner::model::votes::{compose_council, Populations, VoteRule};
//! use sundhedsraad_beregner::model::edition::council_index;
//! // Fyn: 9 municipalities, Odense with 2 votes: V = 10, R = 11, 20 members.
//! let fyn = compose_council(council_index("fyn").unwrap(), &Populations::new(), &VoteRule::default()).unwrap();
//! assert_eq!((fyn.municipal_votes, fyn.regional_members, fyn.total_members), (10, 11, 20));
//! ```

use super::edition::{self, CouncilId, RegionId};
use super::error::{ModelError, RuleProblem};
use std::collections::BTreeMap;

/// Municipal populations supplied by a reader or an embedding page, by kommunekode.
pub type Populations = BTreeMap<u16, u64>;

/// The largest population accepted for one municipality.
pub const MAX_POPULATION: u64 = 10_000_000;

/// The published threshold: the vote classes Figur 9 implies are classes
/// under this threshold, and mean nothing under another.
pub const PUBLISHED_THRESHOLD: u64 = 80_000;

/// A voting rule, as a value so that variants can be tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoteRule {
    /// Population at or above which a municipality gets `votes_at_or_above`.
    pub threshold: u64,
    /// Votes of a municipality below the threshold.
    pub votes_below: u32,
    /// Votes of a municipality at or above the threshold.
    pub votes_at_or_above: u32,
    /// Votes of each regional member.
    pub regional_weight: u32,
}

impl Default for VoteRule {
    /// The proposal's rule: 80,000; 1 and 2 votes; regional members 1 vote.
    fn default() -> Self {
        Self { threshold: 80_000, votes_below: 1, votes_at_or_above: 2, regional_weight: 1 }
    }
}

impl VoteRule {
    /// Checks that the rule can work: positive votes that never fall as
    /// population rises, and bounded so sums cannot overflow.
    pub fn validate(&self) -> Result<(), ModelError> {
        let bad = |p| Err(ModelError::InvalidRule(p));
        if self.votes_below == 0 || self.regional_weight == 0 {
            return bad(RuleProblem::ZeroVotes);
        }
        if self.votes_at_or_above < self.votes_below {
            return bad(RuleProblem::FewerVotesWhenLarger);
        }
        if self.votes_at_or_above > 100 || self.regional_weight > 100 {
            return bad(RuleProblem::TooManyVotes);
        }
        if self.threshold == 0 || self.threshold > MAX_POPULATION {
            return bad(RuleProblem::Threshold);
        }
        Ok(())
    }

    /// The votes of a municipality without a population whose published vote
    /// class gave it `published_votes` (1: under 80,000; 2: 80,000 or more).
    /// Under the published threshold the class carries over with this rule's
    /// votes; under another threshold it cannot be placed (`None`).
    pub fn votes_for_published_class(&self, published_votes: u32) -> Option<u32> {
        let published = VoteRule::default();
        let votes =
            if published_votes >= published.votes_at_or_above { self.votes_at_or_above } else { self.votes_below };
        (self.threshold == PUBLISHED_THRESHOLD).then_some(votes)
    }

    /// The votes of a municipality with this population.
    pub fn votes_for(&self, population: u64) -> u32 {
        if population >= self.threshold {
            self.votes_at_or_above
        } else {
            self.votes_below
        }
    }
}

/// Where a municipality's votes come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteBasis {
    /// The vote class that Figur 9's member counts imply.
    Published,
    /// A population supplied by the reader or the embedding page.
    Population(u64),
}

/// One municipal member and its votes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalSeat {
    /// Kommunekode.
    pub code: u16,
    /// Name.
    pub name: &'static str,
    /// Weighted votes.
    pub votes: u32,
    /// Where the votes come from.
    pub basis: VoteBasis,
}

/// A council's seats and weighted votes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composition {
    /// The municipal members, one per municipality.
    pub municipalities: Vec<MunicipalSeat>,
    /// Number of municipal members, `n`.
    pub municipal_members: u32,
    /// Sum of municipal votes, `V`.
    pub municipal_votes: u32,
    /// Number of regional members, `R`.
    pub regional_members: u32,
    /// Votes of the regional members together.
    pub regional_votes: u32,
    /// All members, `n + R`.
    pub total_members: u32,
    /// All weighted votes.
    pub total_votes: u32,
    /// Weighted votes needed for a majority when all vote: more than half.
    pub majority_needed: u32,
    /// The region has more members than the municipalities.
    pub region_majority_heads: bool,
    /// The region has more weighted votes than the municipalities.
    pub region_majority_votes: bool,
}

/// Composes a council from its members: `(code, name, published votes)`.
///
/// A population in `populations` places a municipality by the rule; without
/// one, its published class is used under the published threshold (with the
/// rule's votes for that class), and under another threshold the
/// municipalities that cannot be placed are named in
/// [`ModelError::PopulationsNeeded`]. The regional members are the fewest
/// that give the region a majority in both senses.
pub fn compose(
    members: &[(u16, &'static str, u32)],
    populations: &Populations,
    rule: &VoteRule,
) -> Result<Composition, ModelError> {
    rule.validate()?;
    let mut municipalities = Vec::with_capacity(members.len());
    let mut unplaced = Vec::new();
    for &(code, name, published) in members {
        let (votes, basis) = match populations.get(&code) {
            Some(&p) if p == 0 || p > MAX_POPULATION => {
                return Err(ModelError::InvalidPopulation { code: code.to_string(), value: p.to_string() })
            }
            Some(&p) => (rule.votes_for(p), VoteBasis::Population(p)),
            None => match rule.votes_for_published_class(published) {
                Some(v) => (v, VoteBasis::Published),
                None => {
                    unplaced.push(code);
                    continue;
                }
            },
        };
        municipalities.push(MunicipalSeat { code, name, votes, basis });
    }
    if !unplaced.is_empty() {
        return Err(ModelError::PopulationsNeeded(unplaced));
    }
    let n = u32::try_from(municipalities.len()).map_err(|_| ModelError::Overflow)?;
    let v = municipalities.iter().try_fold(0u32, |a, m| a.checked_add(m.votes)).ok_or(ModelError::Overflow)?;
    let r = n.max(v / rule.regional_weight).checked_add(1).ok_or(ModelError::Overflow)?;
    let rv = r.checked_mul(rule.regional_weight).ok_or(ModelError::Overflow)?;
    let total_votes = v.checked_add(rv).ok_or(ModelError::Overflow)?;
    Ok(Composition {
        municipalities,
        municipal_members: n,
        municipal_votes: v,
        regional_members: r,
        regional_votes: rv,
        total_members: n + r,
        total_votes,
        majority_needed: total_votes / 2 + 1,
        region_majority_heads: r > n,
        region_majority_votes: rv > v,
    })
}

/// Composes one council of the data edition.
pub fn compose_council(
    council: CouncilId,
    populations: &Populations,
    rule: &VoteRule,
) -> Result<Composition, ModelError> {
    let members: Vec<_> = edition::municipalities_of(council).map(|m| (m.code, m.name, m.published_votes)).collect();
    compose(&members, populations, rule)
}

/// The regional seats a region's councils need, against its regionsråd.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionSeats {
    /// The region.
    pub region: RegionId,
    /// Sum of regional members over the region's councils.
    pub seats_needed: u32,
    /// Regionsråd size in the proposal (Figur 8).
    pub regionsraad_udspil: u32,
    /// Regionsråd size in the enacted law (L 214).
    pub regionsraad_law: u32,
}

impl RegionSeats {
    /// Seats the councils need beyond the regionsråd's members (law size):
    /// then some members must sit on more than one council. The sources do
    /// not say how the seats are filled.
    pub fn seats_beyond_members(&self) -> u32 {
        self.seats_needed.saturating_sub(self.regionsraad_law)
    }
}

/// Sums the regional seats of every council in a region; under a threshold
/// other than the published one, every municipality of the region without a
/// population is named.
pub fn region_seats(region: RegionId, populations: &Populations, rule: &VoteRule) -> Result<RegionSeats, ModelError> {
    let mut seats_needed = 0u32;
    let mut unplaced = Vec::new();
    for (id, _) in edition::councils_of(region) {
        match compose_council(id, populations, rule) {
            Ok(c) => seats_needed += c.regional_members,
            Err(ModelError::PopulationsNeeded(codes)) => unplaced.extend(codes),
            Err(e) => return Err(e),
        }
    }
    if !unplaced.is_empty() {
        return Err(ModelError::PopulationsNeeded(unplaced));
    }
    let r = &edition::REGIONS[region.0];
    Ok(RegionSeats {
        region,
        seats_needed,
        regionsraad_udspil: r.regionsraad_udspil,
        regionsraad_law: r.regionsraad_law,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn members(votes: &[u32]) -> Vec<(u16, &'static str, u32)> {
        votes.iter().enumerate().map(|(i, &v)| (i as u16 + 1, "k", v)).collect()
    }

    #[test]
    fn exactly_80000_gives_two_votes() {
        let r = VoteRule::default();
        assert_eq!(r.votes_for(79_999), 1);
        assert_eq!(r.votes_for(80_000), 2);
    }

    #[test]
    fn population_overrides_published_class() {
        let pops = Populations::from([(1, 90_000)]);
        let c = compose(&members(&[1, 1]), &pops, &VoteRule::default()).unwrap();
        assert_eq!(c.municipalities[0].votes, 2);
        assert_eq!(c.municipalities[0].basis, VoteBasis::Population(90_000));
        assert_eq!(c.municipalities[1].basis, VoteBasis::Published);
        assert_eq!((c.municipal_votes, c.regional_members, c.total_votes, c.majority_needed), (3, 4, 7, 4));
    }

    #[test]
    fn bug5_rule_votes_reach_municipalities_without_a_population() {
        // Published threshold, 3 votes at or above: the "80,000 or more" class gets 3.
        let rule = VoteRule { votes_at_or_above: 3, ..VoteRule::default() };
        let c = compose(&members(&[2, 1]), &Populations::new(), &rule).unwrap();
        assert_eq!((c.municipalities[0].votes, c.municipalities[1].votes), (3, 1));
        assert_eq!(c.municipalities[0].basis, VoteBasis::Published);
        // Another threshold: those without a population cannot be placed, and are named.
        let rule = VoteRule { threshold: 50_000, ..VoteRule::default() };
        let pops = Populations::from([(2, 60_000)]);
        assert_eq!(compose(&members(&[2, 1, 1]), &pops, &rule), Err(ModelError::PopulationsNeeded(vec![1, 3])));
        let all = Populations::from([(1, 40_000), (2, 60_000), (3, 90_000)]);
        let c = compose(&members(&[2, 1, 1]), &all, &rule).unwrap();
        assert_eq!(c.municipalities.iter().map(|m| m.votes).collect::<Vec<_>>(), vec![1, 2, 2]);
    }

    #[test]
    fn zero_and_huge_populations_are_errors() {
        for p in [0, MAX_POPULATION + 1] {
            let pops = Populations::from([(1, p)]);
            assert!(matches!(
                compose(&members(&[1]), &pops, &VoteRule::default()),
                Err(ModelError::InvalidPopulation { .. })
            ));
        }
    }

    #[test]
    fn heavier_regional_members_need_fewer_seats() {
        let rule = VoteRule { regional_weight: 2, ..VoteRule::default() };
        let c = compose(&members(&[2, 2, 2, 1]), &Populations::new(), &rule).unwrap();
        // n = 4, V = 7: R > 4 heads, 2R > 7 votes → R = 5.
        assert_eq!(c.regional_members, 5);
        assert!(c.region_majority_heads && c.region_majority_votes);
    }

    #[test]
    fn invalid_rules_are_rejected() {
        let base = VoteRule::default();
        for r in [
            VoteRule { votes_below: 0, ..base },
            VoteRule { votes_at_or_above: 0, ..base },
            VoteRule { regional_weight: 0, ..base },
            VoteRule { threshold: 0, ..base },
        ] {
            assert!(r.validate().is_err(), "{r:?}");
        }
    }

    proptest! {
        #[test]
        fn region_always_holds_both_majorities(
            pops in proptest::collection::vec(1u64..=MAX_POPULATION, 1..40),
            threshold in 1u64..=MAX_POPULATION,
            below in 1u32..=3, extra in 0u32..=3, weight in 1u32..=3,
        ) {
            let rule = VoteRule { threshold, votes_below: below, votes_at_or_above: below + extra, regional_weight: weight };
            let m = members(&vec![1; pops.len()]);
            let populations: Populations = pops.iter().enumerate().map(|(i, &p)| (i as u16 + 1, p)).collect();
            let c = compose(&m, &populations, &rule).unwrap();
            prop_assert!(c.region_majority_heads && c.region_majority_votes);
            // and R is the smallest such number
            let r = c.regional_members - 1;
            prop_assert!(r <= c.municipal_members || r * weight <= c.municipal_votes);
        }

        #[test]
        fn votes_never_fall_as_population_rises(p in 1u64..MAX_POPULATION, d in 0u64..1_000_000, threshold in 1u64..=MAX_POPULATION) {
            let rule = VoteRule { threshold, ..VoteRule::default() };
            let q = (p + d).min(MAX_POPULATION);
            prop_assert!(rule.votes_for(q) >= rule.votes_for(p));
            let a = compose(&members(&[1, 1]), &Populations::from([(1, p), (2, 1)]), &rule).unwrap();
            let b = compose(&members(&[1, 1]), &Populations::from([(1, q), (2, 1)]), &rule).unwrap();
            prop_assert!(b.municipal_votes >= a.municipal_votes && b.total_votes >= a.total_votes);
        }
    }
}
