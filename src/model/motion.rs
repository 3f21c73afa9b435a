//! A vote on a motion in a council, under a stated decision rule.
//!
//! # An assumption, labelled as such
//! The sources do not state how a council decides. The rule here, which the
//! widget names as an assumption: a motion passes when more weighted votes
//! are cast for it than against it, provided the members present hold at
//! least the quorum share of all weighted votes. Abstentions are present but
//! not cast, unless the rule counts them as votes against.
//!
//! ```
//! use sundhedsraad_beregner::model::motion::{decide, DecisionRule, RegionalVotes, Stance};
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! let fyn = calculate("fyn", &Options::default()).unwrap().composition;
//! // Every municipality against, the region (11 votes) for: 11 to 10, it passes.
//! let against = vec![Stance::Against; fyn.municipalities.len()];
//! let o = decide(&fyn, &against, RegionalVotes::all_for(&fyn), &DecisionRule::default());
//! assert!(o.passes && o.yes == 11 && o.no == 10);
//! ```

use super::votes::Composition;
use std::collections::BTreeMap;

/// How one member votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stance {
    /// For the motion.
    #[default]
    For,
    /// Against.
    Against,
    /// Present, abstaining.
    Abstain,
    /// Not present.
    Absent,
}

impl Stance {
    /// Stable one-letter code: `F`, `A`, `U` (undlader) or `X`.
    pub fn code(self) -> &'static str {
        match self {
            Stance::For => "F",
            Stance::Against => "A",
            Stance::Abstain => "U",
            Stance::Absent => "X",
        }
    }

    /// Parses a code made by [`Stance::code`].
    pub fn parse(s: &str) -> Option<Stance> {
        [Stance::For, Stance::Against, Stance::Abstain, Stance::Absent].into_iter().find(|x| x.code() == s)
    }
}

/// How many regional members vote each way (the rest vote for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionalVotes {
    /// Members voting for.
    pub for_: u32,
    /// Members voting against.
    pub against: u32,
    /// Members abstaining.
    pub abstain: u32,
    /// Members absent.
    pub absent: u32,
}

impl RegionalVotes {
    /// All regional members vote for.
    pub fn all_for(c: &Composition) -> Self {
        Self { for_: c.regional_members, ..Self::default() }
    }

    /// Splits the regional members: `against`, `abstain` and `absent` as given
    /// (reduced in that order to fit), the rest for.
    pub fn split(c: &Composition, against: u32, abstain: u32, absent: u32) -> Self {
        let r = c.regional_members;
        let against = against.min(r);
        let abstain = abstain.min(r - against);
        let absent = absent.min(r - against - abstain);
        Self { for_: r - against - abstain - absent, against, abstain, absent }
    }
}

/// The decision rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecisionRule {
    /// Share of all weighted votes, in per cent, that must be present.
    pub quorum_pct: u32,
    /// Whether abstentions count as votes against.
    pub abstain_counts_against: bool,
}

impl Default for DecisionRule {
    /// Simple majority of the votes cast; quorum: half of all weighted votes.
    fn default() -> Self {
        Self { quorum_pct: 50, abstain_counts_against: false }
    }
}

/// The result of a vote, in weighted votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Votes for.
    pub yes: u32,
    /// Votes against (with abstentions when the rule says so).
    pub no: u32,
    /// Votes of members present and abstaining.
    pub abstain: u32,
    /// Votes of members present.
    pub present: u32,
    /// All weighted votes of the council.
    pub total: u32,
    /// Weighted votes that must be present.
    pub quorum_needed: u32,
    /// Whether enough are present.
    pub quorum_met: bool,
    /// Whether the motion passes.
    pub passes: bool,
    /// Whether the regional members alone decided it: they all voted the
    /// same way, and that side won, by more than all municipal votes.
    pub region_decides: bool,
}

/// The regional members' split as the reader set it (the rest vote for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegionalSplit {
    /// Members voting against.
    pub against: u32,
    /// Members abstaining.
    pub abstain: u32,
    /// Members absent.
    pub absent: u32,
}

/// A vote the reader sets up: each municipal member's stance, the regional
/// members' split and the decision rule.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ballot {
    /// Stances by kommunekode; a member not listed votes for.
    pub stances: BTreeMap<u16, Stance>,
    /// How the regional members vote.
    pub regional: RegionalSplit,
    /// How the vote is decided.
    pub rule: DecisionRule,
}

impl Ballot {
    /// A municipal member's stance (for, unless set).
    pub fn stance(&self, code: u16) -> Stance {
        self.stances.get(&code).copied().unwrap_or_default()
    }

    /// Counts the vote in council `c`.
    pub fn outcome(&self, c: &Composition) -> Outcome {
        let stances: Vec<Stance> = c.municipalities.iter().map(|m| self.stance(m.code)).collect();
        let r = self.regional;
        decide(c, &stances, RegionalVotes::split(c, r.against, r.abstain, r.absent), &self.rule)
    }
}

/// One of the regional members' count fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionalField {
    /// Members voting against.
    Against,
    /// Members abstaining.
    Abstain,
    /// Members absent.
    Absent,
}

/// Why the fields as typed give no vote to count. The outcome is shown only
/// when what the reader entered is what is counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotProblem {
    /// A count that is not a whole number from 0 to the regional members (as typed).
    NotACount {
        /// The field.
        field: RegionalField,
        /// The text as typed.
        value: String,
        /// The regional members.
        members: u32,
    },
    /// Against, abstaining and absent together are more than the members.
    MoreThanMembers {
        /// Their sum.
        sum: u32,
        /// The regional members.
        members: u32,
    },
}

/// Reads the simulator's fields, `(name, value)` as its form carries them:
/// `m-<kommunekode>` = `F`/`A`/`U`/`X` (the checked radio), `r-against`,
/// `r-abstain`, `r-absent` = a count, `quorum` = `50`/`0`, `abstain-against`
/// = `on` when checked. Unknown names and stances are ignored (they are not
/// the form's). A count that cannot be what is counted is a problem, and the
/// ballot then keeps 0 for it.
pub fn read_ballot(fields: &[(String, String)], c: &Composition) -> (Ballot, Vec<BallotProblem>) {
    let mut ballot = Ballot::default();
    let mut problems = Vec::new();
    let members = c.regional_members;
    for (name, value) in fields {
        let field = match name.as_str() {
            "r-against" => RegionalField::Against,
            "r-abstain" => RegionalField::Abstain,
            "r-absent" => RegionalField::Absent,
            "quorum" => {
                ballot.rule.quorum_pct = if value == "0" { 0 } else { DecisionRule::default().quorum_pct };
                continue;
            }
            "abstain-against" => {
                ballot.rule.abstain_counts_against = value == "on";
                continue;
            }
            _ => {
                let code = name.strip_prefix("m-").and_then(|c| c.parse::<u16>().ok());
                if let (Some(code), Some(stance)) = (code, Stance::parse(value)) {
                    if c.municipalities.iter().any(|m| m.code == code) {
                        ballot.stances.insert(code, stance);
                    }
                }
                continue;
            }
        };
        let text = value.trim();
        let count = if text.is_empty() { Some(0) } else { text.parse::<u32>().ok().filter(|n| *n <= members) };
        let Some(count) = count.filter(|_| text.bytes().all(|b| b.is_ascii_digit())) else {
            problems.push(BallotProblem::NotACount { field, value: text.to_string(), members });
            continue;
        };
        let slot = match field {
            RegionalField::Against => &mut ballot.regional.against,
            RegionalField::Abstain => &mut ballot.regional.abstain,
            RegionalField::Absent => &mut ballot.regional.absent,
        };
        *slot = count;
    }
    let r = ballot.regional;
    let sum = r.against + r.abstain + r.absent;
    if problems.is_empty() && sum > members {
        problems.push(BallotProblem::MoreThanMembers { sum, members });
    }
    (ballot, problems)
}

/// Counts a vote. `stances` are the municipalities' in the composition's
/// order (missing ones vote for); the regional members as counted.
pub fn decide(c: &Composition, stances: &[Stance], regional: RegionalVotes, rule: &DecisionRule) -> Outcome {
    let w = c.regional_votes.checked_div(c.regional_members).unwrap_or(0);
    let (mut yes, mut no, mut abstain) = (regional.for_ * w, regional.against * w, regional.abstain * w);
    for (i, m) in c.municipalities.iter().enumerate() {
        match stances.get(i).copied().unwrap_or_default() {
            Stance::For => yes += m.votes,
            Stance::Against => no += m.votes,
            Stance::Abstain => abstain += m.votes,
            Stance::Absent => {}
        }
    }
    let present = yes + no + abstain;
    let quorum_needed = (u64::from(c.total_votes) * u64::from(rule.quorum_pct.min(100))).div_ceil(100) as u32;
    let quorum_met = present >= quorum_needed;
    if rule.abstain_counts_against {
        no += abstain;
    }
    let passes = quorum_met && yes > no;
    let region_bloc = regional.for_ == c.regional_members || regional.against == c.regional_members;
    let region_decides = quorum_met && region_bloc && c.regional_votes > c.municipal_votes;
    Outcome { yes, no, abstain, present, total: c.total_votes, quorum_needed, quorum_met, passes, region_decides }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};
    use proptest::prelude::*;

    fn council(id: &str) -> Composition {
        calculate(id, &Options::default()).unwrap().composition
    }

    #[test]
    fn a_tie_does_not_pass() {
        let aarhus = council("aarhus"); // Aarhus 2 + Samsø 1 votes, region 4
        let r = RegionalVotes::split(&aarhus, 2, 0, 0); // 2 for, 2 against
        let o = decide(&aarhus, &[Stance::For, Stance::Against], r, &DecisionRule::default());
        assert_eq!((o.yes, o.no), (4, 3));
        assert!(o.passes);
        let o = decide(&aarhus, &[Stance::Against, Stance::For], r, &DecisionRule::default());
        assert_eq!((o.yes, o.no), (3, 4));
        assert!(!o.passes);
        let tie = decide(
            &aarhus,
            &[Stance::Abstain, Stance::Abstain],
            RegionalVotes::split(&aarhus, 2, 0, 0),
            &DecisionRule::default(),
        );
        assert_eq!((tie.yes, tie.no), (2, 2));
        assert!(!tie.passes, "a tie fails");
    }

    #[test]
    fn absent_members_and_the_quorum() {
        let fyn = council("fyn"); // 21 votes, quorum 50 % = 11
        let absent = RegionalVotes::split(&fyn, 0, 0, 11);
        let o = decide(&fyn, &[Stance::For; 9], absent, &DecisionRule::default());
        assert_eq!((o.present, o.quorum_needed), (10, 11));
        assert!(!o.quorum_met && !o.passes, "10 of 21 present is below the quorum");
        let o = decide(&fyn, &[Stance::For; 9], absent, &DecisionRule { quorum_pct: 0, ..DecisionRule::default() });
        assert!(o.passes, "without a quorum the 10 votes present decide");
    }

    #[test]
    fn abstentions_can_count_against() {
        let fyn = council("fyn");
        let r = RegionalVotes::split(&fyn, 0, 6, 0); // 5 for, 6 abstain
        let stances = [
            Stance::Against,
            Stance::Abstain,
            Stance::Abstain,
            Stance::Abstain,
            Stance::Abstain,
            Stance::Abstain,
            Stance::Abstain,
            Stance::Abstain,
            Stance::For,
        ];
        let lenient = decide(&fyn, &stances, r, &DecisionRule::default());
        assert_eq!((lenient.yes, lenient.no), (6, 2));
        assert!(lenient.passes);
        let strict =
            decide(&fyn, &stances, r, &DecisionRule { abstain_counts_against: true, ..DecisionRule::default() });
        assert!(!strict.passes);
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_fields_are_what_is_counted_or_a_problem_says_why_not() {
        let fyn = council("fyn"); // 11 regional members
        let (b, p) = read_ballot(&fields(&[("m-461", "A"), ("r-against", "3"), ("quorum", "0")]), &fyn);
        assert!(p.is_empty());
        assert_eq!((b.stance(461), b.regional.against, b.rule.quorum_pct), (Stance::Against, 3, 0));
        // Issue 12: 6 against and 6 abstaining of 11 is a problem, not a silent 5.
        let (_, p) = read_ballot(&fields(&[("r-against", "6"), ("r-abstain", "6")]), &fyn);
        assert_eq!(p, vec![BallotProblem::MoreThanMembers { sum: 12, members: 11 }]);
        // −3, 20 and text are named as typed.
        for bad in ["-3", "20", "tre", "1e2"] {
            let (b, p) = read_ballot(&fields(&[("r-against", bad)]), &fyn);
            assert_eq!(
                p,
                vec![BallotProblem::NotACount { field: RegionalField::Against, value: bad.into(), members: 11 }]
            );
            assert_eq!(b.regional.against, 0);
        }
        // A municipality of another council, or a made-up stance, is not the form's.
        let (b, p) = read_ballot(&fields(&[("m-101", "A"), ("m-461", "<b>")]), &fyn);
        assert!(p.is_empty() && b.stances.is_empty());
    }

    proptest! {
        #[test]
        fn a_united_region_always_wins(id in 0usize..17, stances in proptest::collection::vec(0u8..4, 9), against in any::<bool>()) {
            let c = calculate_for_index(id);
            let stances: Vec<Stance> = stances.into_iter().map(|s| [Stance::For, Stance::Against, Stance::Abstain, Stance::Absent][s as usize]).collect();
            let r = if against { RegionalVotes::split(&c, c.regional_members, 0, 0) } else { RegionalVotes::all_for(&c) };
            let o = decide(&c, &stances, r, &DecisionRule::default());
            prop_assert_eq!(o.passes, !against);
            prop_assert!(o.region_decides);
        }
    }

    fn calculate_for_index(i: usize) -> Composition {
        crate::model::report::calculate_for(crate::model::edition::CouncilId(i), &Options::default())
            .unwrap()
            .composition
    }
}
