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
//! # Other rules
//! A [`VoteRule`] is a list of [`Tier`]s (population from which a municipality
//! has a number of votes), a regional member's weight `w`, and what the region
//! must hold ([`Majority`]): both majorities (`R = max(n, ⌊V/w⌋) + 1`), the
//! majority of votes only (`R = ⌊V/w⌋ + 1`), or a stated number of regional
//! members with no requirement, where the region may lack a majority.
//!
//! ```
//! use sundhedsraad_beregner::model::votes::{compose_council, Majority, Populations, Tier, VoteRule};
//! use sundhedsraad_beregner::model::edition::council_index;
//! let fyn = council_index("fyn").unwrap();
//! // Fyn: 9 municipalities, Odense with 2 votes: V = 10, R = 11, 20 members.
//! let k = compose_council(fyn, &Populations::new(), &VoteRule::default()).unwrap();
//! assert_eq!((k.municipal_votes, k.regional_members, k.total_members), (10, 11, 20));
//! // Three tiers: Odense with 210,000 inhabitants has 3 votes, so V = 11 and R = 12.
//! let tiers = vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 2 }, Tier { from: 200_000, votes: 3 }];
//! let rule = VoteRule { tiers, ..VoteRule::default() };
//! let k = compose_council(fyn, &Populations::from([(461, 210_000)]), &rule).unwrap();
//! assert_eq!((k.municipal_votes, k.regional_members), (11, 12));
//! // Five regional members, stated: the region holds no majority.
//! let rule = VoteRule { majority: Majority::Fixed(5), ..VoteRule::default() };
//! let k = compose_council(fyn, &Populations::new(), &rule).unwrap();
//! assert!(!k.region_majority_heads && !k.region_majority_votes);
//! ```

use super::edition::{self, CouncilId, RegionId};
use super::error::{ModelError, RuleProblem};
use std::collections::BTreeMap;

/// Municipal populations supplied by a reader or an embedding page, by kommunekode.
pub type Populations = BTreeMap<u16, u64>;

/// The largest population accepted for one municipality.
pub const MAX_POPULATION: u64 = 10_000_000;

/// The published threshold: Figur 9's vote classes say only whether a
/// municipality has fewer inhabitants than this (1 vote) or not (2 votes).
pub const PUBLISHED_THRESHOLD: u64 = 80_000;

/// The most tiers a rule may have.
pub const MAX_TIERS: usize = 10;

/// The most votes one member may have.
pub const MAX_VOTES: u32 = 100;

/// The most regional members a rule may state ([`Majority::Fixed`]).
pub const MAX_REGIONAL_MEMBERS: u32 = 200;

/// One vote tier: municipalities with at least `from` inhabitants (and fewer
/// than the next tier's `from`) have `votes`. Serialized as `{ from, votes }`
/// (an event's detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Tier {
    /// The fewest inhabitants of the tier.
    pub from: u64,
    /// Votes of a municipality in the tier.
    pub votes: u32,
}

/// What the region's members must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Majority {
    /// More members and more weighted votes than the municipalities (the
    /// published rule).
    #[default]
    HeadsAndVotes,
    /// More weighted votes than the municipalities only.
    Votes,
    /// No requirement: this many regional members, whatever they hold.
    Fixed(u32),
}

/// A voting rule, as a value so that variants can be tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteRule {
    /// The vote tiers, by rising `from`; the first starts at 0.
    pub tiers: Vec<Tier>,
    /// Votes of each regional member.
    pub regional_weight: u32,
    /// What the region must hold, which sets the number of regional members.
    pub majority: Majority,
}

impl Default for VoteRule {
    /// The proposal's rule: 1 vote under 80,000, 2 from 80,000; regional
    /// members 1 vote; the region holds both majorities.
    fn default() -> Self {
        Self {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: PUBLISHED_THRESHOLD, votes: 2 }],
            regional_weight: 1,
            majority: Majority::HeadsAndVotes,
        }
    }
}

impl VoteRule {
    /// Checks that the rule can work: tiers from 0 in rising order, positive
    /// votes that never fall as population rises, and bounded so sums cannot
    /// overflow.
    pub fn validate(&self) -> Result<(), ModelError> {
        let bad = |p| Err(ModelError::InvalidRule(p));
        if self.tiers.is_empty() {
            return bad(RuleProblem::NoTiers);
        }
        if self.tiers.len() > MAX_TIERS {
            return bad(RuleProblem::TooManyTiers);
        }
        if self.tiers[0].from != 0 {
            return bad(RuleProblem::FirstTierNotZero);
        }
        let mut last: Option<Tier> = None;
        for &t in &self.tiers {
            if t.from > MAX_POPULATION {
                return bad(RuleProblem::Threshold);
            }
            if t.votes == 0 {
                return bad(RuleProblem::ZeroVotes);
            }
            if let Some(l) = last {
                if t.from <= l.from {
                    return bad(RuleProblem::TiersOutOfOrder);
                }
                if t.votes < l.votes {
                    return bad(RuleProblem::FewerVotesWhenLarger);
                }
            }
            last = Some(t);
        }
        if self.regional_weight == 0 {
            return bad(RuleProblem::ZeroVotes);
        }
        if self.tiers.iter().any(|t| t.votes > MAX_VOTES) || self.regional_weight > MAX_VOTES {
            return bad(RuleProblem::TooManyVotes);
        }
        if let Majority::Fixed(k) = self.majority {
            if k == 0 || k > MAX_REGIONAL_MEMBERS {
                return bad(RuleProblem::RegionalMembers);
            }
        }
        Ok(())
    }

    /// The index of the tier a population falls in: the last whose `from`
    /// it reaches (0 for a rule without tiers).
    pub fn tier_index(&self, population: u64) -> usize {
        let mut i = 0;
        for (j, t) in self.tiers.iter().enumerate() {
            if t.from <= population {
                i = j;
            }
        }
        i
    }

    /// The votes of a municipality with this population.
    pub fn votes_for(&self, population: u64) -> u32 {
        self.tiers.get(self.tier_index(population)).map_or(0, |t| t.votes)
    }

    /// The votes of a municipality without a population whose published vote
    /// class gave it `published_votes`: 1 says its population lies in
    /// [0, 80,000), 2 in [80,000, ∞). It is placed when that whole interval
    /// lies in one tier of this rule, with that tier's votes; otherwise the
    /// rule cannot place it (`None`).
    pub fn votes_for_published_class(&self, published_votes: u32) -> Option<u32> {
        let (low, high) = if published_votes >= 2 { (PUBLISHED_THRESHOLD, u64::MAX) } else { (0, PUBLISHED_THRESHOLD) };
        let i = self.tier_index(low);
        let tier = self.tiers.get(i).filter(|t| t.from <= low)?;
        let next = self.tiers.get(i + 1).map_or(u64::MAX, |t| t.from);
        (next >= high).then_some(tier.votes)
    }

    /// The votes of the tiers above the first when they all have the same
    /// votes, more than the first's (2 under the published rule), so that
    /// the municipalities above the first tier are one class.
    pub fn upper_votes(&self) -> Option<u32> {
        let (first, rest) = self.tiers.split_first()?;
        let v = rest.first()?.votes;
        (v > first.votes && rest.iter().all(|t| t.votes == v)).then_some(v)
    }

    /// Whether every published vote class can be placed under this rule, so
    /// that no municipality needs a population.
    pub fn places_published_classes(&self) -> bool {
        self.votes_for_published_class(1).is_some() && self.votes_for_published_class(2).is_some()
    }

    /// The regional members for `n` municipal members with `v` votes, as
    /// [`Majority`] sets them.
    pub fn regional_members(&self, n: u32, v: u32) -> Option<u32> {
        let w = self.regional_weight.max(1);
        match self.majority {
            Majority::HeadsAndVotes => n.max(v / w).checked_add(1),
            Majority::Votes => (v / w).checked_add(1),
            Majority::Fixed(k) => Some(k),
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
    /// Number of regional members, `R` (as the rule's [`Majority`] sets it).
    pub regional_members: u32,
    /// Votes of the regional members together.
    pub regional_votes: u32,
    /// All members, `n + R`.
    pub total_members: u32,
    /// All weighted votes.
    pub total_votes: u32,
    /// Weighted votes needed for a majority when all vote: more than half.
    pub majority_needed: u32,
    /// The region has more members than the municipalities (always under
    /// [`Majority::HeadsAndVotes`]).
    pub region_majority_heads: bool,
    /// The region has more weighted votes than the municipalities (always
    /// under [`Majority::HeadsAndVotes`] and [`Majority::Votes`]).
    pub region_majority_votes: bool,
}

/// Composes a council from its members: `(code, name, published votes)`.
///
/// A population in `populations` places a municipality by the rule; without
/// one, its published class is used when it lies in one tier of the rule
/// (with that tier's votes, [`VoteRule::votes_for_published_class`]), and
/// the municipalities that cannot be placed are named in
/// [`ModelError::PopulationsNeeded`]. The regional members are as the rule's
/// [`Majority`] sets them: under the published rule the fewest that give the
/// region a majority in both senses. The majority flags say what the region
/// holds, whatever the rule asked.
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
    let r = rule.regional_members(n, v).ok_or(ModelError::Overflow)?;
    let rv = r.checked_mul(rule.regional_weight).ok_or(ModelError::Overflow)?;
    let total_votes = v.checked_add(rv).ok_or(ModelError::Overflow)?;
    Ok(Composition {
        municipalities,
        municipal_members: n,
        municipal_votes: v,
        regional_members: r,
        regional_votes: rv,
        total_members: n.checked_add(r).ok_or(ModelError::Overflow)?,
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

/// Sums the regional seats of every council in a region; under a rule that
/// cannot place a published vote class, every municipality of the region
/// that needs a population is named.
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

    fn tiers(t: &[(u64, u32)]) -> Vec<Tier> {
        t.iter().map(|&(from, votes)| Tier { from, votes }).collect()
    }

    fn rule(t: &[(u64, u32)]) -> VoteRule {
        VoteRule { tiers: tiers(t), ..VoteRule::default() }
    }

    fn problem(r: &VoteRule) -> RuleProblem {
        match r.validate() {
            Err(ModelError::InvalidRule(p)) => p,
            other => panic!("{r:?}: {other:?}"),
        }
    }

    #[test]
    fn exactly_80000_gives_two_votes() {
        let r = VoteRule::default();
        assert_eq!(r.votes_for(79_999), 1);
        assert_eq!(r.votes_for(80_000), 2);
        assert_eq!(r.tiers, tiers(&[(0, 1), (80_000, 2)]));
        assert_eq!((r.regional_weight, r.majority), (1, Majority::HeadsAndVotes));
        assert!(r.validate().is_ok() && r.places_published_classes());
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
        let r = rule(&[(0, 1), (80_000, 3)]);
        let c = compose(&members(&[2, 1]), &Populations::new(), &r).unwrap();
        assert_eq!((c.municipalities[0].votes, c.municipalities[1].votes), (3, 1));
        assert_eq!(c.municipalities[0].basis, VoteBasis::Published);
        // Another threshold: those without a population cannot be placed, and are named.
        let r = rule(&[(0, 1), (50_000, 2)]);
        let pops = Populations::from([(2, 60_000)]);
        assert_eq!(compose(&members(&[2, 1, 1]), &pops, &r), Err(ModelError::PopulationsNeeded(vec![3])));
        let all = Populations::from([(1, 40_000), (2, 60_000), (3, 90_000)]);
        let c = compose(&members(&[2, 1, 1]), &all, &r).unwrap();
        assert_eq!(c.municipalities.iter().map(|m| m.votes).collect::<Vec<_>>(), vec![1, 2, 2]);
    }

    #[test]
    fn published_classes_are_placed_when_they_lie_in_one_tier() {
        let placed = |r: &VoteRule| (r.votes_for_published_class(1), r.votes_for_published_class(2));
        assert_eq!(placed(&VoteRule::default()), (Some(1), Some(2)));
        assert_eq!(placed(&rule(&[(0, 1), (80_000, 3)])), (Some(1), Some(3)));
        assert_eq!(placed(&rule(&[(0, 2)])), (Some(2), Some(2)));
        // 50,000 splits class 1 ([0, 80,000)); class 2 lies in the tier from 50,000.
        assert_eq!(placed(&rule(&[(0, 1), (50_000, 2)])), (None, Some(2)));
        // 200,000 splits class 2 too.
        assert_eq!(placed(&rule(&[(0, 1), (50_000, 2), (200_000, 3)])), (None, None));
        assert_eq!(placed(&rule(&[(0, 1), (80_000, 2), (200_000, 3)])), (Some(1), None));
        // 100,000 leaves class 1 whole in the first tier.
        assert_eq!(placed(&rule(&[(0, 1), (100_000, 2)])), (Some(1), None));
        assert!(VoteRule::default().places_published_classes());
        assert!(!rule(&[(0, 1), (80_000, 2), (200_000, 3)]).places_published_classes());
        assert_eq!(placed(&rule(&[])), (None, None), "no tiers place nothing");
    }

    #[test]
    fn three_tiers_with_populations() {
        // Fyn under 0 → 1, 80,000 → 2, 200,000 → 3, every population given:
        // Odense 210,000 → 3; Svendborg 59,000 → 1; Faaborg-Midtfyn 52,000 → 1;
        // Nyborg 32,000, Ærø 6,000, Assens 41,000, Kerteminde 24,000,
        // Nordfyns 29,000, Langeland 12,000 → 1 each (illustrative figures). n = 9, V = 3 + 8 = 11;
        // R = max(9, 11) + 1 = 12; members 21; votes 11 + 12 = 23; majority 12.
        let r = rule(&[(0, 1), (80_000, 2), (200_000, 3)]);
        let pops = Populations::from([
            (461, 210_000),
            (479, 59_000),
            (430, 52_000),
            (450, 32_000),
            (492, 6_000),
            (420, 41_000),
            (440, 24_000),
            (480, 29_000),
            (482, 12_000),
        ]);
        let fyn = crate::model::edition::council_index("fyn").unwrap();
        let c = compose_council(fyn, &pops, &r).unwrap();
        let odense = c.municipalities.iter().find(|m| m.code == 461).unwrap();
        assert_eq!(odense.votes, 3);
        assert_eq!(c.municipal_members, 9);
        assert_eq!(
            (c.municipal_votes, c.regional_members, c.total_members, c.total_votes, c.majority_needed),
            (11, 12, 21, 23, 12)
        );
        assert!(c.region_majority_heads && c.region_majority_votes);
        // Without Odense's population, class 2 cannot be placed: Odense is named.
        let mut without = pops.clone();
        without.remove(&461);
        assert_eq!(compose_council(fyn, &without, &r), Err(ModelError::PopulationsNeeded(vec![461])));
        assert_eq!((r.votes_for(199_999), r.votes_for(200_000), r.votes_for(MAX_POPULATION)), (2, 3, 3));
    }

    #[test]
    fn majority_modes_set_the_regional_members() {
        let fyn = crate::model::edition::council_index("fyn").unwrap();
        let with = |majority, w| {
            let r = VoteRule { majority, regional_weight: w, ..VoteRule::default() };
            compose_council(fyn, &Populations::new(), &r).unwrap()
        };
        // Fyn: n = 9, V = 10.
        let c = with(Majority::HeadsAndVotes, 1);
        assert_eq!((c.regional_members, c.region_majority_heads, c.region_majority_votes), (11, true, true));
        let c = with(Majority::Votes, 1);
        assert_eq!((c.regional_members, c.region_majority_heads, c.region_majority_votes), (11, true, true));
        let c = with(Majority::Fixed(5), 1);
        assert_eq!((c.regional_members, c.region_majority_heads, c.region_majority_votes), (5, false, false));
        assert_eq!((c.total_members, c.total_votes, c.majority_needed), (14, 15, 8));
        // Weight 2: ⌊10/2⌋ = 5 < n = 9, so the modes differ.
        let c = with(Majority::HeadsAndVotes, 2);
        assert_eq!((c.regional_members, c.regional_votes, c.region_majority_heads), (10, 20, true));
        let c = with(Majority::Votes, 2);
        // R = 5 + 1 = 6: 12 votes against 10, but 6 members against 9.
        assert_eq!((c.regional_members, c.regional_votes), (6, 12));
        assert_eq!((c.region_majority_heads, c.region_majority_votes), (false, true));
        // Fixed(10) with weight 2: both majorities, though none was asked.
        let c = with(Majority::Fixed(10), 2);
        assert_eq!((c.regional_members, c.region_majority_heads, c.region_majority_votes), (10, true, true));
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
        use RuleProblem::*;
        let base = VoteRule::default();
        let many: Vec<(u64, u32)> = (0..=MAX_TIERS as u64).map(|i| (i * 1000, 1)).collect();
        for (r, p) in [
            (rule(&[(0, 0), (80_000, 2)]), ZeroVotes),
            (rule(&[(0, 1), (80_000, 0)]), ZeroVotes),
            (VoteRule { regional_weight: 0, ..base.clone() }, ZeroVotes),
            (rule(&[]), NoTiers),
            (rule(&many), TooManyTiers),
            (rule(&[(1, 1), (80_000, 2)]), FirstTierNotZero),
            (rule(&[(0, 1), (80_000, 2), (80_000, 3)]), TiersOutOfOrder),
            (rule(&[(0, 1), (80_000, 2), (50_000, 3)]), TiersOutOfOrder),
            (rule(&[(0, 2), (80_000, 1)]), FewerVotesWhenLarger),
            (rule(&[(0, 1), (80_000, 101)]), TooManyVotes),
            (VoteRule { regional_weight: 101, ..base.clone() }, TooManyVotes),
            (rule(&[(0, 1), (MAX_POPULATION + 1, 2)]), Threshold),
            (VoteRule { majority: Majority::Fixed(0), ..base.clone() }, RegionalMembers),
            (VoteRule { majority: Majority::Fixed(201), ..base.clone() }, RegionalMembers),
        ] {
            assert_eq!(problem(&r), p, "{r:?}");
        }
        let ten: Vec<(u64, u32)> = (0..MAX_TIERS as u64).map(|i| (i * 1000, 1)).collect();
        assert!(rule(&ten).validate().is_ok());
        assert!(rule(&[(0, 1), (MAX_POPULATION, 100)]).validate().is_ok());
        assert!(VoteRule { majority: Majority::Fixed(200), ..base }.validate().is_ok());
    }

    /// Tiers from 0 with rising `from` and votes that never fall.
    fn valid_tiers() -> impl Strategy<Value = Vec<Tier>> {
        proptest::collection::vec((1u64..=MAX_POPULATION, 0u32..=2), 0..MAX_TIERS).prop_map(|mut steps| {
            steps.sort_by_key(|s| s.0);
            steps.dedup_by_key(|s| s.0);
            let mut out = vec![Tier { from: 0, votes: 1 }];
            for (from, extra) in steps {
                let votes = out.last().unwrap().votes + extra;
                out.push(Tier { from, votes });
            }
            out
        })
    }

    proptest! {
        #[test]
        fn region_always_holds_both_majorities(
            pops in proptest::collection::vec(1u64..=MAX_POPULATION, 1..40),
            tiers in valid_tiers(),
            weight in 1u32..=3,
        ) {
            let rule = VoteRule { tiers, regional_weight: weight, majority: Majority::HeadsAndVotes };
            prop_assert!(rule.validate().is_ok());
            let m = members(&vec![1; pops.len()]);
            let populations: Populations = pops.iter().enumerate().map(|(i, &p)| (i as u16 + 1, p)).collect();
            let c = compose(&m, &populations, &rule).unwrap();
            prop_assert!(c.region_majority_heads && c.region_majority_votes);
            // and R is the smallest such number
            let r = c.regional_members - 1;
            prop_assert!(r <= c.municipal_members || r * weight <= c.municipal_votes);
        }

        #[test]
        fn under_votes_the_region_holds_the_vote_majority_with_the_fewest(
            pops in proptest::collection::vec(1u64..=MAX_POPULATION, 1..40),
            tiers in valid_tiers(),
            weight in 1u32..=3,
            k in 1u32..=MAX_REGIONAL_MEMBERS,
        ) {
            let populations: Populations = pops.iter().enumerate().map(|(i, &p)| (i as u16 + 1, p)).collect();
            let m = members(&vec![1; pops.len()]);
            let rule = VoteRule { tiers, regional_weight: weight, majority: Majority::Votes };
            let c = compose(&m, &populations, &rule).unwrap();
            prop_assert!(c.region_majority_votes);
            prop_assert!((c.regional_members - 1) * weight <= c.municipal_votes);
            prop_assert_eq!(c.region_majority_heads, c.regional_members > c.municipal_members);
            // A stated number is kept, and the flags say what it holds.
            let rule = VoteRule { majority: Majority::Fixed(k), ..rule };
            let c = compose(&m, &populations, &rule).unwrap();
            prop_assert_eq!(c.regional_members, k);
            prop_assert_eq!(c.region_majority_heads, k > c.municipal_members);
            prop_assert_eq!(c.region_majority_votes, k * weight > c.municipal_votes);
        }

        #[test]
        fn votes_never_fall_as_population_rises(p in 1u64..MAX_POPULATION, d in 0u64..1_000_000, tiers in valid_tiers()) {
            let rule = VoteRule { tiers, ..VoteRule::default() };
            let q = (p + d).min(MAX_POPULATION);
            prop_assert!(rule.votes_for(q) >= rule.votes_for(p));
            let a = compose(&members(&[1, 1]), &Populations::from([(1, p), (2, 1)]), &rule).unwrap();
            let b = compose(&members(&[1, 1]), &Populations::from([(1, q), (2, 1)]), &rule).unwrap();
            prop_assert!(b.municipal_votes >= a.municipal_votes && b.total_votes >= a.total_votes);
        }

        #[test]
        fn a_placed_class_has_the_votes_of_every_population_in_it(tiers in valid_tiers(), p in 0u64..=MAX_POPULATION) {
            let rule = VoteRule { tiers, ..VoteRule::default() };
            let class = if p >= PUBLISHED_THRESHOLD { 2 } else { 1 };
            if let Some(v) = rule.votes_for_published_class(class) {
                prop_assert_eq!(v, rule.votes_for(p));
            }
        }
    }
}
