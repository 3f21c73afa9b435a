//! The one error type of the model boundary.
//!
//! Every variant carries what a caller needs to match on, and
//! [`ModelError::message`] gives a sentence a reader understands, in Danish or
//! English. Input strings are quoted as text; the view never renders them as
//! markup.

use crate::i18n::Lang;
use std::fmt;

/// Something the model cannot compute, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// No council has this id.
    UnknownCouncil(String),
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
    /// Under a threshold other than the published one, these municipalities
    /// (kommunekoder) cannot be placed in a vote class without a population.
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
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::Da) => "et objekt med navngivne felter",
            (Expected::Object, Lang::En) => "an object of named entries",
            (Expected::Text, Lang::Da) => "en tekst",
            (Expected::Text, Lang::En) => "a text",
            (Expected::Year, Lang::Da) => "et årstal",
            (Expected::Year, Lang::En) => "a year",
            (Expected::Key, Lang::Da) => "\"population\", \"anlaeg\" eller et objekt med vægte",
            (Expected::Key, Lang::En) => "\"population\", \"anlaeg\" or an object of weights",
        }
    }
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
    /// The threshold is outside 1–10,000,000.
    Threshold,
    /// A rule field with a value that is not a whole number in range.
    BadValue {
        /// The field as given.
        field: String,
        /// The value as given.
        value: String,
    },
}

/// Shortens and quotes a user-given string for a message.
fn q(s: &str) -> String {
    let mut t: String = s.chars().filter(|c| !c.is_control()).take(60).collect();
    if s.chars().count() > 60 {
        t.push('…');
    }
    format!("«{t}»")
}

/// Names of municipalities by kommunekode, for a message.
fn names(codes: &[u16]) -> String {
    let names: Vec<&str> =
        codes.iter().filter_map(|c| crate::model::edition::municipality_by_code(*c)).map(|m| m.name).collect();
    names.join(", ")
}

impl ModelError {
    /// A plain sentence for a reader, in the chosen language.
    pub fn message(&self, lang: Lang) -> String {
        use ModelError::*;
        let da = lang == Lang::Da;
        match self {
            UnknownCouncil(s) if da => {
                format!("Der findes intet sundhedsråd med id {}. Vælg et af de 17 sundhedsråd på listen.", q(s))
            }
            UnknownCouncil(s) => {
                format!("There is no health council with id {}. Choose one of the 17 councils in the list.", q(s))
            }
            UnknownMunicipality(s) if da => format!("Der findes ingen kommune med kommunekode {}.", q(s)),
            UnknownMunicipality(s) => format!("There is no municipality with code {}.", q(s)),
            UnknownEdition(s) if da => format!("Udgaven {} findes ikke i datagrundlaget.", q(s)),
            UnknownEdition(s) => format!("The edition {} is not in the data.", q(s)),
            UnknownPool(s) if da => format!("Puljen {} findes ikke i datagrundlaget.", q(s)),
            UnknownPool(s) => format!("The pool {} is not in the data.", q(s)),
            YearOutOfRange(y) if da => format!("Året {y} ligger uden for datagrundlaget (2027–2031)."),
            YearOutOfRange(y) => format!("The year {y} is outside the data (2027–2031)."),
            InvalidPopulation { code, value } if da => format!(
                "Indbyggertallet for kommune {} skal være et helt tal mellem 1 og 10.000.000, ikke {}.",
                q(code),
                q(value)
            ),
            InvalidPopulation { code, value } => format!(
                "The population of municipality {} must be a whole number from 1 to 10,000,000, not {}.",
                q(code),
                q(value)
            ),
            InvalidWeight { entry, value } if da => {
                format!("Fordelingsnøglen for {} skal være et tal på 0 eller derover, ikke {}.", q(entry), q(value))
            }
            InvalidWeight { entry, value } => {
                format!("The key weight for {} must be a number of 0 or more, not {}.", q(entry), q(value))
            }
            KeySumsToZero if da => "Fordelingsnøglen summer til nul, så intet kan fordeles.".to_string(),
            KeySumsToZero => "The distribution key sums to zero, so nothing can be split.".to_string(),
            KeyIncomplete(v) if da => format!("Fordelingsnøglen mangler sundhedsråd: {}.", v.join(", ")),
            KeyIncomplete(v) => format!("The distribution key leaves out councils: {}.", v.join(", ")),
            InvalidAmount { path, value } if da => {
                format!("Beløbet i {} skal være et tal på 0 eller derover (mio. kr.), ikke {}.", q(path), q(value))
            }
            InvalidAmount { path, value } => {
                format!("The amount at {} must be a number of 0 or more (mio. kr.), not {}.", q(path), q(value))
            }
            InvalidRule(p) if da => format!(
                "Stemmereglen kan ikke bruges: {}.",
                match p {
                    RuleProblem::ZeroVotes => "alle medlemmer skal have mindst 1 stemme".to_string(),
                    RuleProblem::FewerVotesWhenLarger => "en større kommune kan ikke få færre stemmer".to_string(),
                    RuleProblem::TooManyVotes => "højst 100 stemmer pr. medlem".to_string(),
                    RuleProblem::Threshold => "grænsen skal ligge mellem 1 og 10.000.000".to_string(),
                    RuleProblem::BadValue { field, value } =>
                        format!("{} skal være et helt tal, ikke {}", q(field), q(value)),
                }
            ),
            InvalidRule(p) => format!(
                "The voting rule cannot be used: {}.",
                match p {
                    RuleProblem::ZeroVotes => "every member needs at least 1 vote".to_string(),
                    RuleProblem::FewerVotesWhenLarger => "a larger municipality cannot have fewer votes".to_string(),
                    RuleProblem::TooManyVotes => "at most 100 votes per member".to_string(),
                    RuleProblem::Threshold => "the threshold must be between 1 and 10,000,000".to_string(),
                    RuleProblem::BadValue { field, value } =>
                        format!("{} must be a whole number, not {}", q(field), q(value)),
                }
            ),
            WrongType { path, expected } if da => {
                format!("{} har en forkert form: forventede {}.", q(path), expected.describe(lang))
            }
            WrongType { path, expected } => {
                format!("{} has the wrong form: expected {}.", q(path), expected.describe(lang))
            }
            InvalidJson(s) if da => format!("Indstillingerne skal være et objekt eller gyldig JSON, ikke {}.", q(s)),
            InvalidJson(s) => format!("The settings must be an object or valid JSON, not {}.", q(s)),
            DuplicateMunicipality(s) if da => format!("Kommune {} er angivet mere end én gang.", q(s)),
            DuplicateMunicipality(s) => format!("Municipality {} is given more than once.", q(s)),
            UnknownOption(s) if da => format!("Indstillingen {} kendes ikke.", q(s)),
            UnknownOption(s) => format!("The option {} is not known.", q(s)),
            TooManyEntries { path, max } if da => {
                format!("{} har for mange felter: højst {} læses.", q(path), crate::i18n::format_int(*max as u64, lang))
            }
            TooManyEntries { path, max } => {
                format!("{} has too many entries: at most {} are read.", q(path), crate::i18n::format_int(*max as u64, lang))
            }
            PopulationsNeeded(codes) if da => format!(
                "Med en anden grænse end 80.000 kan disse kommuner ikke placeres uden et indbyggertal: {}. Skriv deres indbyggertal.",
                names(codes)
            ),
            PopulationsNeeded(codes) => format!(
                "With a threshold other than 80,000 these municipalities cannot be placed without a population: {}. Enter their populations.",
                names(codes)
            ),
            KeyLength { given, expected } if da => {
                format!("Fordelingsnøglen har {given} vægte, men der er {expected} sundhedsråd.")
            }
            KeyLength { given, expected } => format!("The key has {given} weights, but there are {expected} councils."),
            NoSuchPart { index, parts } if da => format!("Del {index} findes ikke i en fordeling på {parts} dele."),
            NoSuchPart { index, parts } => format!("Part {index} does not exist in a split into {parts} parts."),
            PopulationExceedsCouncil { population, council } if da => format!(
                "{} indbyggere er flere end hele sundhedsrådet {} har.",
                crate::i18n::format_int(*population, lang),
                q(council)
            ),
            PopulationExceedsCouncil { population, council } => format!(
                "{} inhabitants are more than the whole council {} has.",
                crate::i18n::format_int(*population, lang),
                q(council)
            ),
            Overflow if da => "Tallene er for store til at regne præcist med.".to_string(),
            Overflow => "The numbers are too large to compute exactly.".to_string(),
        }
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ModelError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_quote_and_shorten_hostile_input() {
        let e = ModelError::UnknownCouncil(format!("<script>{}</script>\n", "x".repeat(200)));
        let m = e.message(Lang::Da);
        assert!(m.contains("«<script>"));
        assert!(m.contains('…'));
        assert!(!m.contains('\n'));
        assert!(m.chars().count() < 200);
    }

    #[test]
    fn rule_values_are_quoted_too() {
        let e = ModelError::InvalidRule(RuleProblem::BadValue {
            field: "threshold".into(),
            value: format!("<b>\n{}", "x".repeat(4000)),
        });
        let m = e.message(Lang::En);
        assert!(m.contains("«<b>"), "{m}");
        assert!(!m.contains('\n') && m.chars().count() < 200, "{m}");
    }
}
