//! The one error type of the model boundary.
//!
//! Every variant carries what a caller needs to match on, and
//! [`ModelError::message`] gives a sentence a reader understands, in Danish or
//! English (worded in [`crate::i18n::errors`]). Input strings are quoted as
//! text; the view never renders them as markup.

use super::edition::CouncilId;
use crate::i18n::Lang;
use std::fmt;

/// Something the model cannot compute, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// No council has this id.
    UnknownCouncil(String),
    /// The page address names a council that does not exist (the widget
    /// shows the page's own council instead).
    UnknownAddressCouncil(String),
    /// No municipality has this kommunekode.
    UnknownMunicipality(String),
    /// No edition (document) has this id.
    UnknownEdition(String),
    /// No pool has this id.
    UnknownPool(String),
    /// A year outside the years the data covers.
    YearOutOfRange(i64),
    /// A population that is zero, negative, not a whole number or too large.
    InvalidPopulation {
        /// Which municipality (kommunekode as given).
        code: String,
        /// The value as given.
        value: String,
    },
    /// A key with a negative or non-numeric weight.
    InvalidWeight {
        /// Which entry.
        entry: String,
        /// The value as given.
        value: String,
    },
    /// A key whose weights sum to zero.
    KeySumsToZero,
    /// A key that leaves out some councils.
    KeyIncomplete(Vec<String>),
    /// An amount that is negative, not a number or too large.
    InvalidAmount {
        /// Where in the input.
        path: String,
        /// The value as given.
        value: String,
    },
    /// A voting rule that cannot work (for example zero votes).
    InvalidRule(RuleProblem),
    /// An input of the wrong shape.
    WrongType {
        /// Where in the input.
        path: String,
        /// What was expected there.
        expected: Expected,
    },
    /// Text given as JSON that does not parse.
    InvalidJson(String),
    /// A municipality given twice (for example as "461" and "0461").
    DuplicateMunicipality(String),
    /// An option the widget does not know.
    UnknownOption(String),
    /// A computation that would overflow exact arithmetic.
    Overflow,
    /// An object in the input with more entries than the widget reads.
    TooManyEntries {
        /// Where in the input.
        path: String,
        /// The most entries read.
        max: usize,
    },
    /// Under a rule whose tiers split a published vote class, these
    /// municipalities (kommunekoder) cannot be placed without a population.
    PopulationsNeeded(Vec<u16>),
    /// A key with another number of weights than there are councils.
    KeyLength {
        /// Weights given.
        given: usize,
        /// Councils in the edition.
        expected: usize,
    },
    /// A split asked for a part it does not have.
    NoSuchPart {
        /// The part asked for.
        index: usize,
        /// The parts there are.
        parts: usize,
    },
    /// A population larger than its council's (Figur 9), so no per-capita
    /// illustration can be made.
    PopulationExceedsCouncil {
        /// The population given.
        population: u64,
        /// The council's id.
        council: String,
    },
    /// A change of membership that is not `move:<kommunekode>:<council>` or
    /// `observe:<kommunekode>:<council>` (as given).
    BadMembershipChange(String),
    /// A municipality moved to the council it already belongs to.
    MoveToOwnCouncil {
        /// Kommunekode.
        code: u16,
        /// Its council.
        council: CouncilId,
    },
    /// A municipality moved to a council of another region: a municipality
    /// can only move within its region.
    MoveToOtherRegion {
        /// Kommunekode.
        code: u16,
        /// The council it was to move to.
        to: CouncilId,
    },
    /// A municipality made observer of the council it belongs to (after
    /// the moves): it is a member there already.
    ObserverOfOwnCouncil {
        /// Kommunekode.
        code: u16,
        /// Its council.
        council: CouncilId,
    },
    /// The moves leave a council without a municipality; every council
    /// keeps at least one.
    CouncilLeftEmpty(CouncilId),
}

/// The shape an input should have had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// An object of named entries.
    Object,
    /// A text.
    Text,
    /// A year.
    Year,
    /// "population", "anlaeg" or an object of weights.
    Key,
    /// A list (an array).
    List,
    /// A tier: an object with `from` and `votes`.
    Tier,
    /// "headsAndVotes", "votes" or "none".
    Majority,
}

/// What is wrong with a voting rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    /// A member would have no votes.
    ZeroVotes,
    /// A larger municipality would have fewer votes than a smaller one.
    FewerVotesWhenLarger,
    /// More than 100 votes for one member.
    TooManyVotes,
    /// A tier starts above 10,000,000 inhabitants (or the old shape's
    /// threshold is 0).
    Threshold,
    /// A rule without tiers.
    NoTiers,
    /// The first tier does not start at 0 inhabitants.
    FirstTierNotZero,
    /// A tier does not start above the one before it.
    TiersOutOfOrder,
    /// More than [`MAX_TIERS`](super::votes::MAX_TIERS) tiers.
    TooManyTiers,
    /// A stated number of regional members outside 1–200.
    RegionalMembers,
    /// `regionalMembers` without `majority: "none"`, or `"none"` without it.
    RegionalMembersMismatch,
    /// `tiers` given together with a field of the old shape.
    MixedShapes {
        /// The old shape's field as given.
        field: String,
    },
    /// A rule field with a value that is not a whole number in range.
    BadValue {
        /// The field as given.
        field: String,
        /// The value as given.
        value: String,
    },
}

impl ModelError {
    /// A plain sentence for a reader, in the chosen language (the wording
    /// lives in [`crate::i18n::errors::error_message`]).
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::errors::error_message(self, lang)
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ModelError {}
