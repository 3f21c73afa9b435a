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
//! The reader may also change the membership ([`Membership`], issue 9,
//! "Moving a municipality, and observers"): move a municipality into
//! another council of its region, or add it to another council as an
//! observer (DOMAIN.md §2: a member without a vote). The tried side composes
//! each council from its changed member list; the published side stays the
//! published edition's. An observer is listed and counted as a member
//! present, never in the votes nor in the regional members.
//!
//! ```
//! use sundhedsraad_beregner::model::edition::council_index;
//! use sundhedsraad_beregner::model::votes::{Populations, VoteRule};
//! use sundhedsraad_beregner::model::what_if::{compare, Membership};
//! // The published rule against itself: nothing differs.
//! let w = compare(&Populations::new(), &VoteRule::default(), &Membership::default()).unwrap();
//! assert_eq!(w.councils.len(), 17);
//! assert!(w.councils.iter().all(|c| !c.differs()));
//! // Middelfart (1 vote) moves from Trekantsområdet to Fyn: Fyn's R 11 → 12.
//! let fyn = council_index("fyn").unwrap();
//! let m = Membership { moves: vec![(410, fyn)], observers: vec![] };
//! let w = compare(&Populations::new(), &VoteRule::default(), &m).unwrap();
//! assert_eq!(w.council(fyn).unwrap().regional_members_change(), 1);
//! ```

use super::edition::{self, CouncilId, Municipality, RegionId, COUNCILS, MUNICIPALITIES, REGIONS};
use super::error::ModelError;
use super::votes::{compose, Composition, Populations, VoteRule};

/// Changes to the councils' membership the reader tries: municipalities
/// moved to another council of their region, and observers (no vote).
///
/// As text (the explore module's `ruleHtml`), one change per entry:
/// `"move:<kommunekode>:<council id>"` or `"observe:<kommunekode>:<council id>"`
/// ([`Membership::parse`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Membership {
    /// Kommunekode → the council it moves to (of the same region).
    pub moves: Vec<(u16, CouncilId)>,
    /// Kommunekode → a council it joins as observer, without a vote.
    pub observers: Vec<(u16, CouncilId)>,
}

/// One change of membership, as an entry of [`Membership::parse`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembershipChange {
    /// The municipality moves to the council.
    Move(u16, CouncilId),
    /// The municipality joins the council as observer.
    Observe(u16, CouncilId),
}

impl MembershipChange {
    /// Reads one entry, `"move:420:sydvestjylland"` or `"observe:420:fyn"`
    /// (the kommunekode may have a leading zero; the council id any case).
    ///
    /// # Errors
    /// [`ModelError::BadMembershipChange`] for an entry of another shape,
    /// [`ModelError::UnknownMunicipality`] and [`ModelError::UnknownCouncil`].
    pub fn parse(entry: &str) -> Result<Self, ModelError> {
        let bad = || ModelError::BadMembershipChange(entry.to_string());
        let mut parts = entry.trim().splitn(3, ':');
        let (kind, code, council) = match (parts.next(), parts.next(), parts.next()) {
            (Some(k), Some(c), Some(r)) => (k.trim(), c.trim(), r.trim()),
            _ => return Err(bad()),
        };
        if kind != "move" && kind != "observe" {
            return Err(bad());
        }
        let number = code.parse::<u16>().map_err(|_| ModelError::UnknownMunicipality(code.to_string()))?;
        let m =
            edition::municipality_by_code(number).ok_or_else(|| ModelError::UnknownMunicipality(code.to_string()))?;
        let to = edition::council_index(council).ok_or_else(|| ModelError::UnknownCouncil(council.to_string()))?;
        Ok(if kind == "move" { Self::Move(m.code, to) } else { Self::Observe(m.code, to) })
    }

    /// The entry's text, as [`MembershipChange::parse`] reads it.
    pub fn key(&self) -> String {
        match *self {
            Self::Move(code, to) => format!("move:{code}:{}", COUNCILS[to.0].id),
            Self::Observe(code, to) => format!("observe:{code}:{}", COUNCILS[to.0].id),
        }
    }
}

impl Membership {
    /// Reads the entries ([`MembershipChange::parse`]) and checks the
    /// membership they make ([`Membership::validate`]).
    ///
    /// # Errors
    /// The first entry that cannot be read, or the membership's problem.
    pub fn parse<S: AsRef<str>>(entries: &[S]) -> Result<Self, ModelError> {
        let mut m = Membership::default();
        for e in entries {
            match MembershipChange::parse(e.as_ref())? {
                MembershipChange::Move(code, to) => m.moves.push((code, to)),
                MembershipChange::Observe(code, to) => m.observers.push((code, to)),
            }
        }
        m.validate()?;
        Ok(m)
    }

    /// No change: the published membership.
    pub fn is_empty(&self) -> bool {
        self.moves.is_empty() && self.observers.is_empty()
    }

    /// The council a municipality belongs to after the moves.
    pub fn council_of(&self, m: &Municipality) -> CouncilId {
        self.moves.iter().rev().find(|(code, _)| *code == m.code).map_or(m.council, |&(_, to)| to)
    }

    /// The council's municipal members after the moves: its own that stay,
    /// in the edition's order, then those that moved in, in the edition's order.
    pub fn members_of(&self, council: CouncilId) -> Vec<&'static Municipality> {
        let stay = MUNICIPALITIES.iter().filter(|m| m.council == council && self.council_of(m) == council);
        let came = MUNICIPALITIES.iter().filter(|m| m.council != council && self.council_of(m) == council);
        stay.chain(came).collect()
    }

    /// The council's observers: (kommunekode, name), in the order given.
    pub fn observers_of(&self, council: CouncilId) -> Vec<(u16, &'static str)> {
        self.observers
            .iter()
            .filter(|(_, c)| *c == council)
            .filter_map(|&(code, _)| edition::municipality_by_code(code))
            .map(|m| (m.code, m.name))
            .collect()
    }

    /// Checks that the changes can be made: known municipalities and
    /// councils, a move only to another council of the municipality's own
    /// region, each municipality moved at most once, an observer never of
    /// the council it belongs to (after the moves) and at most once per
    /// council, and every council left with at least one municipality.
    ///
    /// # Errors
    /// [`ModelError::UnknownMunicipality`], [`ModelError::UnknownCouncil`],
    /// [`ModelError::MoveToOwnCouncil`], [`ModelError::MoveToOtherRegion`],
    /// [`ModelError::DuplicateMunicipality`], [`ModelError::ObserverOfOwnCouncil`],
    /// [`ModelError::CouncilLeftEmpty`].
    pub fn validate(&self) -> Result<(), ModelError> {
        let known = |code: u16| {
            edition::municipality_by_code(code).ok_or_else(|| ModelError::UnknownMunicipality(code.to_string()))
        };
        let council = |id: CouncilId| {
            if id.0 < COUNCILS.len() {
                Ok(id)
            } else {
                Err(ModelError::UnknownCouncil(id.0.to_string()))
            }
        };
        for (i, &(code, to)) in self.moves.iter().enumerate() {
            let m = known(code)?;
            let to = council(to)?;
            if self.moves[..i].iter().any(|(c, _)| *c == code) {
                return Err(ModelError::DuplicateMunicipality(m.name.to_string()));
            }
            if to == m.council {
                return Err(ModelError::MoveToOwnCouncil { code, council: to });
            }
            if COUNCILS[to.0].region != COUNCILS[m.council.0].region {
                return Err(ModelError::MoveToOtherRegion { code, to });
            }
        }
        for (i, &(code, to)) in self.observers.iter().enumerate() {
            let m = known(code)?;
            let to = council(to)?;
            if to == self.council_of(m) {
                return Err(ModelError::ObserverOfOwnCouncil { code, council: to });
            }
            if self.observers[..i].contains(&(code, to)) {
                return Err(ModelError::DuplicateMunicipality(m.name.to_string()));
            }
        }
        for i in 0..COUNCILS.len() {
            if self.members_of(CouncilId(i)).is_empty() {
                return Err(ModelError::CouncilLeftEmpty(CouncilId(i)));
            }
        }
        Ok(())
    }
}

/// A municipality that moves from one council to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// Kommunekode.
    pub code: u16,
    /// Name.
    pub name: &'static str,
    /// The council it leaves (the published one).
    pub from: CouncilId,
    /// The council it joins.
    pub to: CouncilId,
}

/// A municipality whose votes differ under the tried rule (in the same council).
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
    /// Composed under the published rule, of the published members.
    pub published: Composition,
    /// Composed under the tried rule, of the members after the moves.
    pub what_if: Composition,
    /// The municipalities in both whose votes differ, in the edition's order.
    pub vote_changes: Vec<VoteChange>,
    /// Municipalities that move here from another council.
    pub joined: Vec<Move>,
    /// Municipalities that move from here to another council.
    pub left: Vec<Move>,
    /// Observers (kommunekode, name): members present without a vote.
    pub observers: Vec<(u16, &'static str)>,
}

impl CouncilWhatIf {
    /// The tried rule or membership changes something in this council: a
    /// member's votes, a municipality that leaves or joins, an observer, the
    /// number of regional members, their votes or a majority.
    pub fn differs(&self) -> bool {
        let (p, w) = (&self.published, &self.what_if);
        !self.vote_changes.is_empty()
            || !self.joined.is_empty()
            || !self.left.is_empty()
            || !self.observers.is_empty()
            || p.municipal_members != w.municipal_members
            || p.regional_members != w.regional_members
            || p.total_votes != w.total_votes
            || p.region_majority_heads != w.region_majority_heads
            || p.region_majority_votes != w.region_majority_votes
    }

    /// The change in regional members (what-if minus published).
    pub fn regional_members_change(&self) -> i64 {
        i64::from(self.what_if.regional_members) - i64::from(self.published.regional_members)
    }

    /// Members present under the tried side: every member (`n + R`) and
    /// the observers, who have no vote.
    pub fn members_present(&self) -> u32 {
        let observers = u32::try_from(self.observers.len()).unwrap_or(u32::MAX);
        self.what_if.total_members.saturating_add(observers)
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

/// Composes every council under the published rule with its published
/// members, and under `rule` with its members after `membership`'s moves
/// (and its observers listed), with the same `populations`.
/// `Membership::default()` changes no membership.
///
/// # Errors
/// The rule's own problems ([`ModelError::InvalidRule`]), the membership's
/// ([`Membership::validate`]), an invalid population, and
/// [`ModelError::PopulationsNeeded`] with every municipality in the country
/// the rule cannot place.
pub fn compare(populations: &Populations, rule: &VoteRule, membership: &Membership) -> Result<WhatIf, ModelError> {
    rule.validate()?;
    membership.validate()?;
    let published_rule = VoteRule::default();
    let mut councils = Vec::with_capacity(COUNCILS.len());
    let mut unplaced = Vec::new();
    let seats = |ms: &[&'static Municipality]| -> Vec<(u16, &'static str, u32)> {
        ms.iter().map(|m| (m.code, m.name, m.published_votes)).collect()
    };
    for i in 0..COUNCILS.len() {
        let id = CouncilId(i);
        let own: Vec<&'static Municipality> = edition::municipalities_of(id).collect();
        let after = membership.members_of(id);
        let published = compose(&seats(&own), populations, &published_rule)?;
        let what_if = match compose(&seats(&after), populations, rule) {
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
            .filter_map(|p| what_if.municipalities.iter().find(|w| w.code == p.code).map(|w| (p, w)))
            .filter(|(p, w)| p.votes != w.votes)
            .map(|(p, w)| VoteChange { code: p.code, name: p.name, published: p.votes, what_if: w.votes })
            .collect();
        let moved =
            |m: &Municipality| Move { code: m.code, name: m.name, from: m.council, to: membership.council_of(m) };
        let joined = after.iter().filter(|m| m.council != id).map(|m| moved(m)).collect();
        let left = own.iter().filter(|m| membership.council_of(m) != id).map(|m| moved(m)).collect();
        let observers = membership.observers_of(id);
        councils.push(CouncilWhatIf { council: id, published, what_if, vote_changes, joined, left, observers });
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
        let w = compare(&Populations::new(), &VoteRule::default(), &Membership::default()).unwrap();
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
        let w = compare(&Populations::new(), &rule, &Membership::default()).unwrap();
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
        let w = compare(&pops, &VoteRule::default(), &Membership::default()).unwrap();
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
        match compare(&Populations::new(), &rule, &Membership::default()) {
            Err(ModelError::PopulationsNeeded(codes)) => assert_eq!(codes.len(), 82),
            other => panic!("{other:?}"),
        }
    }

    fn id(council: &str) -> CouncilId {
        council_index(council).unwrap()
    }

    #[test]
    fn moving_middelfart_to_fyn_recomposes_both_councils() {
        // Middelfart (410, 1 vote) moves from Trekantsområdet to Fyn.
        // Trekantsområdet, published: Kolding 2, Fredericia 1, Middelfart 1,
        //   Vejle 2: n = 4, V = 6, R = max(4, 6) + 1 = 7, N = 11, W = 13.
        //   Without Middelfart: n = 3, V = 5, R = 6, N = 9, W = 11, majority 6.
        // Fyn, published: n = 9, V = 10 (Odense 2), R = 11, N = 20, W = 21.
        //   With Middelfart: n = 10, V = 11, R = 12, N = 22, W = 23, majority 12.
        // Syddanmark: 30 seats, −1 + 1 = 30 still (R = V + 1 whenever V ≥ n).
        let m = Membership { moves: vec![(410, fyn())], observers: vec![] };
        let w = compare(&Populations::new(), &VoteRule::default(), &m).unwrap();
        let t = w.council(id("trekantsomraadet")).unwrap();
        let p = (t.published.municipal_members, t.published.municipal_votes, t.published.regional_members);
        assert_eq!(p, (4, 6, 7));
        let k = &t.what_if;
        assert_eq!((k.municipal_members, k.municipal_votes, k.regional_members), (3, 5, 6));
        assert_eq!((k.total_members, k.total_votes, k.majority_needed), (9, 11, 6));
        assert_eq!(t.regional_members_change(), -1);
        assert_eq!(t.left, vec![Move { code: 410, name: "Middelfart", from: id("trekantsomraadet"), to: fyn() }]);
        assert!(t.joined.is_empty() && t.vote_changes.is_empty() && t.differs());
        let f = w.council(fyn()).unwrap();
        let k = &f.what_if;
        assert_eq!((k.municipal_members, k.municipal_votes, k.regional_members), (10, 11, 12));
        assert_eq!((k.total_members, k.total_votes, k.majority_needed), (22, 23, 12));
        assert_eq!(k.municipalities.last().map(|s| (s.code, s.votes)), Some((410, 1)));
        assert_eq!(f.joined.len(), 1);
        assert!(f.left.is_empty() && f.vote_changes.is_empty() && f.differs());
        // The other councils are as published, and each region is the sum of its councils.
        assert_eq!(w.councils.iter().filter(|c| c.differs()).count(), 2);
        for r in &w.regions {
            let sum: u32 = w
                .councils
                .iter()
                .filter(|c| COUNCILS[c.council.0].region == r.region)
                .map(|c| c.what_if.regional_members)
                .sum();
            assert_eq!(r.what_if, sum);
        }
        assert_eq!(w.regions.iter().map(|r| r.what_if).collect::<Vec<_>>(), vec![14, 30, 30, 57]);
    }

    #[test]
    fn a_move_and_a_rule_together_name_vote_changes_of_those_that_stay() {
        // Vejle (630) moves to Sønderjylland; a tier at 200,000 → 3 with
        // Odense at 210,000 and everyone else placed by class.
        let rule = VoteRule {
            tiers: vec![
                crate::model::votes::Tier { from: 0, votes: 1 },
                crate::model::votes::Tier { from: 80_000, votes: 2 },
                crate::model::votes::Tier { from: 200_000, votes: 3 },
            ],
            ..VoteRule::default()
        };
        let pops: Populations = crate::model::edition::MUNICIPALITIES
            .iter()
            .filter(|m| m.published_votes == 2)
            .map(|m| (m.code, if m.code == 461 { 210_000 } else { 100_000 }))
            .collect();
        let m = Membership { moves: vec![(630, id("soenderjylland"))], observers: vec![] };
        let w = compare(&pops, &rule, &m).unwrap();
        let f = w.council(fyn()).unwrap();
        assert_eq!(f.vote_changes, vec![VoteChange { code: 461, name: "Odense", published: 2, what_if: 3 }]);
        // Sønderjylland: 4 × 1 vote + Vejle 2: n = 5, V = 6, R = 7 (published 5).
        let s = w.council(id("soenderjylland")).unwrap();
        assert_eq!((s.what_if.municipal_votes, s.regional_members_change()), (6, 2));
        assert!(s.vote_changes.is_empty() && s.joined[0].name == "Vejle");
    }

    #[test]
    fn an_observer_is_present_but_never_votes() {
        // Assens observes Sydvestjylland: n = 5, V = 6, R = 7, N = 12, W = 13
        // as published; present: 12 + 1 = 13.
        let svj = id("sydvestjylland");
        let m = Membership { moves: vec![], observers: vec![(420, svj)] };
        let w = compare(&Populations::new(), &VoteRule::default(), &m).unwrap();
        let c = w.council(svj).unwrap();
        assert_eq!(c.observers, vec![(420, "Assens")]);
        assert_eq!(c.published, c.what_if);
        assert_eq!((c.what_if.total_members, c.what_if.total_votes, c.members_present()), (12, 13, 13));
        assert!(c.what_if.municipalities.iter().all(|s| s.code != 420));
        assert!(c.differs() && c.regional_members_change() == 0);
        // Assens stays a voting member of Fyn.
        let f = w.council(fyn()).unwrap();
        assert!(!f.differs() && f.members_present() == 20);
        // An observer of another region's council is allowed (only moves stay in the region).
        let m = Membership { moves: vec![], observers: vec![(420, id("aarhus"))] };
        assert!(compare(&Populations::new(), &VoteRule::default(), &m).is_ok());
    }

    #[test]
    fn each_membership_problem_is_its_own_error() {
        let check = |m: Membership, e: ModelError| {
            assert_eq!(compare(&Populations::new(), &VoteRule::default(), &m), Err(e.clone()));
            assert_eq!(m.validate(), Err(e));
        };
        let mv = |moves: Vec<(u16, CouncilId)>| Membership { moves, observers: vec![] };
        check(mv(vec![(999, fyn())]), ModelError::UnknownMunicipality("999".into()));
        check(mv(vec![(420, id("aarhus"))]), ModelError::MoveToOtherRegion { code: 420, to: id("aarhus") });
        check(mv(vec![(420, fyn())]), ModelError::MoveToOwnCouncil { code: 420, council: fyn() });
        let svj = id("sydvestjylland");
        check(mv(vec![(420, svj), (420, svj)]), ModelError::DuplicateMunicipality("Assens".into()));
        let own = Membership { moves: vec![], observers: vec![(420, fyn())] };
        check(own, ModelError::ObserverOfOwnCouncil { code: 420, council: fyn() });
        // Observer of the council it moves to.
        let moved = Membership { moves: vec![(420, svj)], observers: vec![(420, svj)] };
        check(moved, ModelError::ObserverOfOwnCouncil { code: 420, council: svj });
        // Every municipality of Sønderjylland moves away.
        let sj = id("soenderjylland");
        let all = municipalities_of(sj).map(|m| (m.code, svj)).collect();
        check(mv(all), ModelError::CouncilLeftEmpty(sj));
        // Moved away, it may observe its old council.
        let m = Membership { moves: vec![(420, svj)], observers: vec![(420, fyn())] };
        assert!(m.validate().is_ok());
    }

    #[test]
    fn entries_are_read_and_bad_ones_named() {
        let m = Membership::parse(&["move:410:fyn", " observe:0420:Sydvestjylland "]).unwrap();
        assert_eq!(m.moves, vec![(410, fyn())]);
        assert_eq!(m.observers, vec![(420, id("sydvestjylland"))]);
        assert_eq!(MembershipChange::parse("move:410:fyn").unwrap().key(), "move:410:fyn");
        assert_eq!(Membership::parse::<&str>(&[]), Ok(Membership::default()));
        for (entry, e) in [
            ("flyt:410:fyn", ModelError::BadMembershipChange("flyt:410:fyn".into())),
            ("move:410", ModelError::BadMembershipChange("move:410".into())),
            ("move:x:fyn", ModelError::UnknownMunicipality("x".into())),
            ("move:9999:fyn", ModelError::UnknownMunicipality("9999".into())),
            ("move:410:atlantis", ModelError::UnknownCouncil("atlantis".into())),
            ("move:410:trekantsomraadet", ModelError::MoveToOwnCouncil { code: 410, council: id("trekantsomraadet") }),
        ] {
            assert_eq!(Membership::parse(&[entry]), Err(e), "{entry}");
        }
    }
}
