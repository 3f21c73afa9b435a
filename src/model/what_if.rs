//! A rule the reader tries against the published one (issue 9, "Prøv en
//! anden regel"): every council and region composed under both rules, with
//! the same populations, and what differs.
//!
//! The comparison keeps the populations fixed, so every difference it names
//! comes from the rule alone. Where the tried rule cannot place a
//! municipality without a population (its published vote class straddles
//! one of the rule's tiers), the whole comparison fails with
//! [`ModelError::PopulationsNeeded`] naming every such municipality of the
//! country, so the reader can supply them: nothing silently keeps the
//! published class.
//!
//! ```
//! use sundhedsraad_beregner::model::votes::{Populations, VoteRule};
//! use sundhedsraad_beregner::model::what_if::compare;
//! // The published rule against itself: nothing differs.
//! let w = compare(&Populations::new(), &VoteRule::default()).unwrap();
//! assert_eq!(w.councils.len(), 17);
//! assert!(w.councils.iter().all(|c| !c.differs()));
//! ```

use super::edition::{self, CouncilId, RegionId, COUNCILS, REGIONS};
use super::error::ModelError;
use super::votes::{compose_council, Composition, Populations, VoteRule};

/// A municipality whose votes differ under the tried rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteChange {
    /// Kommunekode.
    pub code: u16,
    /// Name.
    pub name: &'static str,
    /// Votes under the published rule.
    pub published: u32,
    /// Votes under the tried rule.
    pub what_if: u32,
}

/// One council under both rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CouncilWhatIf {
    /// The council.
    pub council: CouncilId,
    /// Composed under the published rule.
    pub published: Composition,
    /// Composed under the tried rule.
    pub what_if: Composition,
    /// The municipalities whose votes differ, in the edition's order.
    pub vote_changes: Vec<VoteChange>,
}

impl CouncilWhatIf {
    /// The tried rule changes something in this council: a member's votes,
    /// the number of regional members, their votes or a majority.
    pub fn differs(&self) -> bool {
        let (p, w) = (&self.published, &self.what_if);
        !self.vote_changes.is_empty()
            || p.regional_members != w.regional_members
            || p.total_votes != w.total_votes
            || p.region_majority_heads != w.region_majority_heads
            || p.region_majority_votes != w.region_majority_votes
    }

    /// The change in regional members (what-if minus published).
    pub fn regional_members_change(&self) -> i64 {
        i64::from(self.what_if.regional_members) - i64::from(self.published.regional_members)
    }
}

/// One region's regional seats under both rules, against its regionsråd.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionWhatIf {
    /// The region.
    pub region: RegionId,
    /// Regional seats its councils need under the published rule.
    pub published: u32,
    /// Regional seats its councils need under the tried rule.
    pub what_if: u32,
    /// The regionsråd's size under the enacted law (L 214).
    pub regionsraad_law: u32,
}

impl RegionWhatIf {
    /// Seats beyond the regionsråd's members under the tried rule: then some
    /// members must sit on more than one council (the sources do not say how
    /// the seats are filled).
    pub fn beyond_members(&self) -> u32 {
        self.what_if.saturating_sub(self.regionsraad_law)
    }
}

/// Every council and region under the published and the tried rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatIf {
    /// The 17 councils, in the edition's order.
    pub councils: Vec<CouncilWhatIf>,
    /// The 4 regions, in the edition's order.
    pub regions: Vec<RegionWhatIf>,
}

impl WhatIf {
    /// The council's comparison.
    pub fn council(&self, id: CouncilId) -> Option<&CouncilWhatIf> {
        self.councils.iter().find(|c| c.council == id)
    }
}

/// Composes every council under the published rule and under `rule`, with
/// the same `populations`.
///
/// # Errors
/// The rule's own problems ([`ModelError::InvalidRule`]), an invalid
/// population, and [`ModelError::PopulationsNeeded`] with every
/// municipality in the country the rule cannot place.
pub fn compare(populations: &Populations, rule: &VoteRule) -> Result<WhatIf, ModelError> {
    rule.validate()?;
    let published_rule = VoteRule::default();
    let mut councils = Vec::with_capacity(COUNCILS.len());
    let mut unplaced = Vec::new();
    for i in 0..COUNCILS.len() {
        let id = CouncilId(i);
        let published = compose_council(id, populations, &published_rule)?;
        let what_if = match compose_council(id, populations, rule) {
            Ok(c) => c,
            Err(ModelError::PopulationsNeeded(codes)) => {
                unplaced.extend(codes);
                continue;
            }
            Err(e) => return Err(e),
        };
        let vote_changes = published
            .municipalities
            .iter()
            .zip(&what_if.municipalities)
            .filter(|(p, w)| p.votes != w.votes)
            .map(|(p, w)| VoteChange { code: p.code, name: p.name, published: p.votes, what_if: w.votes })
            .collect();
        councils.push(CouncilWhatIf { council: id, published, what_if, vote_changes });
    }
    if !unplaced.is_empty() {
        return Err(ModelError::PopulationsNeeded(unplaced));
    }
    let regions = (0..REGIONS.len())
        .map(|r| {
            let region = RegionId(r);
            let of_region = || councils.iter().filter(move |c| COUNCILS[c.council.0].region == region);
            RegionWhatIf {
                region,
                published: of_region().map(|c| c.published.regional_members).sum(),
                what_if: of_region().map(|c| c.what_if.regional_members).sum(),
                regionsraad_law: edition::REGIONS[r].regionsraad_law,
            }
        })
        .collect();
    Ok(WhatIf { councils, regions })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::edition::{council_index, municipalities_of};
    use crate::model::votes::region_seats;

    fn fyn() -> CouncilId {
        council_index("fyn").unwrap()
    }

    #[test]
    fn the_published_rule_changes_nothing_and_matches_the_regions() {
        let w = compare(&Populations::new(), &VoteRule::default()).unwrap();
        assert!(w.councils.iter().all(|c| !c.differs() && c.regional_members_change() == 0));
        // 14 / 30 / 30 / 57, as region_seats (and the conformance suite) says.
        for r in &w.regions {
            let seats = region_seats(r.region, &Populations::new(), &VoteRule::default()).unwrap();
            assert_eq!((r.published, r.what_if), (seats.seats_needed, seats.seats_needed));
        }
        let needed: Vec<u32> = w.regions.iter().map(|r| r.what_if).collect();
        assert_eq!(needed, vec![14, 30, 30, 57]);
    }

    #[test]
    fn heavier_regional_members_need_fewer_seats_everywhere() {
        let rule = VoteRule { regional_weight: 2, ..VoteRule::default() };
        let w = compare(&Populations::new(), &rule).unwrap();
        let fyn = w.council(fyn()).unwrap();
        // Fyn: n = 9, V = 10. Weight 2: R = max(9, 10 / 2) + 1 = 10, one fewer than 11.
        assert_eq!((fyn.published.regional_members, fyn.what_if.regional_members), (11, 10));
        assert_eq!(fyn.regional_members_change(), -1);
        assert!(fyn.vote_changes.is_empty() && fyn.differs());
        let total_published: u32 = w.regions.iter().map(|r| r.published).sum();
        let total_what_if: u32 = w.regions.iter().map(|r| r.what_if).sum();
        assert!(total_what_if < total_published);
    }

    #[test]
    fn populations_place_municipalities_and_name_their_vote_changes() {
        // Odense with 2 votes under the published rule; a population of 75,000
        // (given to every municipality of Fyn, the same under both rules)
        // puts it under 80,000: 1 vote under both, so the comparison shows no
        // vote change from the population alone.
        let pops: Populations = municipalities_of(fyn()).map(|m| (m.code, 75_000)).collect();
        let w = compare(&pops, &VoteRule::default()).unwrap();
        assert!(w.council(fyn()).unwrap().vote_changes.is_empty());
        assert_eq!(w.council(fyn()).unwrap().published.municipal_votes, 9);
    }

    #[test]
    fn a_rule_that_cannot_place_published_classes_names_every_municipality() {
        // Every municipality lies on one side of 80,000; a tier boundary at
        // 50,000 splits the class "under 80,000", so without populations all
        // one-vote municipalities of the country are named (82 = 98 − 16).
        let rule = crate::model::options::Options::from_input(
            &serde_json::from_str(r#"{"rule": {"threshold": 50000}}"#).unwrap(),
        )
        .unwrap()
        .rule;
        match compare(&Populations::new(), &rule) {
            Err(ModelError::PopulationsNeeded(codes)) => assert_eq!(codes.len(), 82),
            other => panic!("{other:?}"),
        }
    }
}
