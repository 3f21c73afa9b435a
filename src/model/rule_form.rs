//! The rule panel's fields as the reader typed them ("Prøv en anden
//! regel"), and the rule they make.
//!
//! The fields are kept as text, so the panel can show exactly what was
//! typed, also when it cannot be read; numbers are read as a Danish reader
//! writes them ("200.000", "200 000" or "200000"), which the page's
//! `overrides` (JSON numbers) need not do.
//!
//! ```
//! use sundhedsraad_beregner::model::rule_form::RuleForm;
//! use sundhedsraad_beregner::model::votes::VoteRule;
//! let mut form = RuleForm::published();
//! assert_eq!(form.rule(), Ok(VoteRule::default()));
//! form.tiers.push(("200.000".into(), "3".into()));
//! assert_eq!(form.rule().unwrap().votes_for(210_803), 3);
//! ```

use super::error::ModelError;
use super::votes::{Majority, Tier, VoteRule};
use crate::i18n::{format_int, parse_int, Lang};

/// The majority choice "as published": both heads and votes.
pub const HEADS_AND_VOTES: &str = "headsAndVotes";
/// The majority choice "weighted votes only".
pub const VOTES: &str = "votes";
/// The majority choice "no requirement: a stated number of regional members".
pub const NONE: &str = "none";

/// The panel's fields, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleForm {
    /// The tiers: (from population, votes). The first tier's "from" is 0
    /// and not editable.
    pub tiers: Vec<(String, String)>,
    /// Votes of each regional member.
    pub weight: String,
    /// [`HEADS_AND_VOTES`], [`VOTES`] or [`NONE`].
    pub majority: String,
    /// The number of regional members under [`NONE`].
    pub members: String,
}

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Tier `n`'s (from 1) population.
    TierFrom(usize),
    /// Tier `n`'s (from 1) votes.
    TierVotes(usize),
    /// The regional members' weight.
    Weight,
    /// The stated number of regional members.
    Members,
}

/// Why the form makes no rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    /// A field that is not a whole number (as typed).
    NotANumber(Field, String),
    /// The numbers make a rule the model rejects.
    Rule(ModelError),
}

impl RuleForm {
    /// The fields of the published rule.
    pub fn published() -> Self {
        Self::of(&VoteRule::default(), Lang::Da)
    }

    /// The fields of `rule`, with numbers as `lang` writes them.
    pub fn of(rule: &VoteRule, lang: Lang) -> Self {
        let (majority, members) = match rule.majority {
            Majority::HeadsAndVotes => (HEADS_AND_VOTES, String::new()),
            Majority::Votes => (VOTES, String::new()),
            Majority::Fixed(k) => (NONE, k.to_string()),
        };
        RuleForm {
            tiers: rule.tiers.iter().map(|t| (format_int(t.from, lang), t.votes.to_string())).collect(),
            weight: rule.regional_weight.to_string(),
            majority: majority.to_string(),
            members,
        }
    }

    /// The rule the fields make, checked by the model.
    pub fn rule(&self) -> Result<VoteRule, FormProblem> {
        let number =
            |field, text: &str| parse_int(text).ok_or_else(|| FormProblem::NotANumber(field, text.trim().to_string()));
        let small = |field, text: &str| number(field, text).map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        let mut tiers = Vec::with_capacity(self.tiers.len());
        for (i, (from, votes)) in self.tiers.iter().enumerate() {
            let from = if i == 0 { 0 } else { number(Field::TierFrom(i + 1), from)? };
            tiers.push(Tier { from, votes: small(Field::TierVotes(i + 1), votes)? });
        }
        let majority = match self.majority.as_str() {
            VOTES => Majority::Votes,
            NONE => Majority::Fixed(small(Field::Members, &self.members)?),
            _ => Majority::HeadsAndVotes,
        };
        let rule = VoteRule { tiers, regional_weight: small(Field::Weight, &self.weight)?, majority };
        rule.validate().map_err(FormProblem::Rule)?;
        Ok(rule)
    }

    /// Adds a tier after the last, with no population yet and one vote more.
    pub fn add_tier(&mut self) {
        let votes = self.tiers.last().and_then(|(_, v)| parse_int(v)).map_or(1, |v| v + 1);
        self.tiers.push((String::new(), votes.to_string()));
    }

    /// Removes tier `n` (from 1); the first tier stays.
    pub fn remove_tier(&mut self, n: usize) {
        if n > 1 && n <= self.tiers.len() {
            self.tiers.remove(n - 1);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::error::RuleProblem;

    fn form(tiers: &[(&str, &str)], weight: &str, majority: &str, members: &str) -> RuleForm {
        RuleForm {
            tiers: tiers.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect(),
            weight: weight.into(),
            majority: majority.into(),
            members: members.into(),
        }
    }

    #[test]
    fn danish_numbers_make_the_rule() {
        let f = form(&[("0", "1"), ("50.000", "2"), ("200 000", "3")], "2", VOTES, "");
        let r = f.rule().unwrap();
        assert_eq!(
            r.tiers.iter().map(|t| (t.from, t.votes)).collect::<Vec<_>>(),
            vec![(0, 1), (50_000, 2), (200_000, 3)]
        );
        assert_eq!((r.regional_weight, r.majority), (2, Majority::Votes));
        // And back: the fields as a Danish reader reads them.
        assert_eq!(RuleForm::of(&r, Lang::Da).tiers[2].0, "200.000");
        assert_eq!(RuleForm::of(&r, Lang::En).tiers[2].0, "200,000");
    }

    #[test]
    fn a_field_that_is_not_a_number_is_named_as_typed() {
        let f = form(&[("0", "1"), ("mange", "2")], "1", HEADS_AND_VOTES, "");
        assert_eq!(f.rule(), Err(FormProblem::NotANumber(Field::TierFrom(2), "mange".into())));
        let f = form(&[("0", "1")], "-1", HEADS_AND_VOTES, "");
        assert_eq!(f.rule(), Err(FormProblem::NotANumber(Field::Weight, "-1".into())));
        let f = form(&[("0", "1")], "1", NONE, "");
        assert_eq!(f.rule(), Err(FormProblem::NotANumber(Field::Members, String::new())));
    }

    #[test]
    fn the_model_judges_the_numbers() {
        let f = form(&[("0", "1"), ("80.000", "0")], "1", HEADS_AND_VOTES, "");
        assert_eq!(f.rule(), Err(FormProblem::Rule(ModelError::InvalidRule(RuleProblem::ZeroVotes))));
        let f = form(&[("0", "1"), ("80.000", "2"), ("50.000", "3")], "1", HEADS_AND_VOTES, "");
        assert!(matches!(f.rule(), Err(FormProblem::Rule(ModelError::InvalidRule(_)))));
    }

    #[test]
    fn tiers_are_added_and_removed_but_the_first_stays() {
        let mut f = RuleForm::published();
        f.add_tier();
        assert_eq!(f.tiers.last(), Some(&(String::new(), "3".to_string())));
        f.remove_tier(1);
        assert_eq!(f.tiers.len(), 3);
        f.remove_tier(3);
        assert_eq!(f, RuleForm::published());
    }
}
