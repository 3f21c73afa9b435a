//! The model's error messages, in Danish and English.
//!
//! [`ModelError::message`] delegates here. Input strings are shortened and
//! quoted as text («…»); the view never renders them as markup.

use super::Lang;
use crate::model::edition::{municipality_by_code, CouncilId, COUNCILS, REGIONS};
use crate::model::error::{Expected, ModelError, RuleProblem};
use crate::model::population_file::{LineProblem, RejectedLine};

/// Shortens (60 characters) and quotes a user-given string for a message,
/// dropping control characters.
fn q(s: &str) -> String {
    let mut t: String = s.chars().filter(|c| !c.is_control()).take(60).collect();
    if s.chars().count() > 60 {
        t.push('…');
    }
    format!("«{t}»")
}

/// The shape an input should have had, in words.
fn expected(e: Expected, lang: Lang) -> String {
    match e {
        Expected::Object => by_lang!(lang,
            da: "et objekt med navngivne felter",
            en: "an object of named entries"),
        Expected::Text => by_lang!(lang,
            da: "en tekst",
            en: "a text"),
        Expected::Year => by_lang!(lang,
            da: "et årstal",
            en: "a year"),
        Expected::Key => by_lang!(lang,
            da: "\"population\", \"anlaeg\" eller et objekt med vægte",
            en: "\"population\", \"anlaeg\" or an object of weights"),
        Expected::List => by_lang!(lang,
            da: "en liste",
            en: "a list"),
        Expected::Tier => by_lang!(lang,
            da: "et trin med «from» og «votes»",
            en: "a tier with «from» and «votes»"),
        Expected::Majority => by_lang!(lang,
            da: "\"headsAndVotes\", \"votes\" eller \"none\"",
            en: "\"headsAndVotes\", \"votes\" or \"none\""),
    }
}

/// What is wrong with a voting rule, in words.
fn rule_problem(p: &RuleProblem, lang: Lang) -> String {
    match p {
        RuleProblem::ZeroVotes => by_lang!(lang,
            da: "alle medlemmer skal have mindst 1 stemme",
            en: "every member needs at least 1 vote"),
        RuleProblem::FewerVotesWhenLarger => by_lang!(lang,
            da: "en større kommune kan ikke få færre stemmer",
            en: "a larger municipality cannot have fewer votes"),
        RuleProblem::TooManyVotes => by_lang!(lang,
            da: "højst 100 stemmer pr. medlem",
            en: "at most 100 votes per member"),
        RuleProblem::Threshold => by_lang!(lang,
            da: "grænsen skal ligge mellem 1 og 10.000.000",
            en: "the threshold must be between 1 and 10,000,000"),
        RuleProblem::NoTiers => by_lang!(lang,
            da: "der skal være mindst ét trin",
            en: "there must be at least one tier"),
        RuleProblem::FirstTierNotZero => by_lang!(lang,
            da: "det første trin skal begynde ved 0 indbyggere",
            en: "the first tier must start at 0 inhabitants"),
        RuleProblem::TiersOutOfOrder => by_lang!(lang,
            da: "hvert trin skal begynde ved flere indbyggere end trinnet før",
            en: "each tier must start at more inhabitants than the one before"),
        RuleProblem::TooManyTiers => by_lang!(lang,
            da: "højst 10 trin",
            en: "at most 10 tiers"),
        RuleProblem::RegionalMembers => by_lang!(lang,
            da: "antallet af regionale medlemmer skal ligge mellem 1 og 200",
            en: "the number of regional members must be from 1 to 200"),
        RuleProblem::RegionalMembersMismatch => by_lang!(lang,
            da: "«regionalMembers» skal angives sammen med «majority»: \"none\", og kun da",
            en: "«regionalMembers» must be given with «majority»: \"none\", and only then"),
        RuleProblem::MixedShapes { field } => {
            let field = q(field);
            by_lang!(lang,
                da: "«tiers» kan ikke bruges sammen med {field}",
                en: "«tiers» cannot be used together with {field}")
        }
        RuleProblem::BadValue { field, value } => {
            let (field, value) = (q(field), q(value));
            by_lang!(lang,
                da: "{field} skal være et helt tal, ikke {value}",
                en: "{field} must be a whole number, not {value}")
        }
    }
}

/// A plain sentence for a reader about `e`, in the chosen language, e.g.
/// "Der findes intet sundhedsråd med id «atlantis». Vælg et af de 17
/// sundhedsråd på listen."
pub fn error_message(e: &ModelError, lang: Lang) -> String {
    use ModelError::*;
    match e {
        UnknownCouncil(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Der findes intet sundhedsråd med id {s}. Vælg et af de 17 sundhedsråd på listen.",
                en: "There is no health council with id {s}. Choose one of the 17 councils in the list.")
        }
        UnknownAddressCouncil(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Adressen nævner et sundhedsråd, der ikke findes: {s}. Her vises sidens eget sundhedsråd.",
                en: "The address names a health council that does not exist: {s}. This shows the page's own council.")
        }
        UnknownMunicipality(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Der findes ingen kommune med kommunekode {s}.",
                en: "There is no municipality with code {s}.")
        }
        UnknownEdition(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Udgaven {s} findes ikke i datagrundlaget.",
                en: "The edition {s} is not in the data.")
        }
        UnknownPool(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Puljen {s} findes ikke i datagrundlaget.",
                en: "The pool {s} is not in the data.")
        }
        YearOutOfRange(y) => by_lang!(lang,
            da: "Året {y} ligger uden for datagrundlaget (2027–2031).",
            en: "The year {y} is outside the data (2027–2031)."),
        InvalidPopulation { code, value } => {
            let (code, value) = (q(code), q(value));
            by_lang!(lang,
                da: "Indbyggertallet for kommune {code} skal være et helt tal mellem 1 og 10.000.000, ikke {value}.",
                en: "The population of municipality {code} must be a whole number from 1 to 10,000,000, not {value}.")
        }
        InvalidWeight { entry, value } => {
            let (entry, value) = (q(entry), q(value));
            by_lang!(lang,
                da: "Fordelingsnøglen for {entry} skal være et tal på 0 eller derover, ikke {value}.",
                en: "The key weight for {entry} must be a number of 0 or more, not {value}.")
        }
        KeySumsToZero => by_lang!(lang,
            da: "Fordelingsnøglen summer til nul, så intet kan fordeles.",
            en: "The distribution key sums to zero, so nothing can be split."),
        KeyIncomplete(v) => {
            let missing = v.join(", ");
            by_lang!(lang,
                da: "Fordelingsnøglen mangler sundhedsråd: {missing}.",
                en: "The distribution key leaves out councils: {missing}.")
        }
        InvalidAmount { path, value } => {
            let (path, value) = (q(path), q(value));
            by_lang!(lang,
                da: "Beløbet i {path} skal være et tal på 0 eller derover (mio. kr.), ikke {value}.",
                en: "The amount at {path} must be a number of 0 or more (mio. kr.), not {value}.")
        }
        InvalidRule(p) => {
            let problem = rule_problem(p, lang);
            by_lang!(lang,
                da: "Stemmereglen kan ikke bruges: {problem}.",
                en: "The voting rule cannot be used: {problem}.")
        }
        WrongType { path, expected: e } => {
            let (path, shape) = (q(path), expected(*e, lang));
            by_lang!(lang,
                da: "{path} har en forkert form: forventede {shape}.",
                en: "{path} has the wrong form: expected {shape}.")
        }
        InvalidJson(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Indstillingerne skal være et objekt eller gyldig JSON, ikke {s}.",
                en: "The settings must be an object or valid JSON, not {s}.")
        }
        DuplicateMunicipality(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Kommune {s} er angivet mere end én gang.",
                en: "Municipality {s} is given more than once.")
        }
        UnknownOption(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Indstillingen {s} kendes ikke.",
                en: "The option {s} is not known.")
        }
        Overflow => by_lang!(lang,
            da: "Tallene er for store til at regne præcist med.",
            en: "The numbers are too large to compute exactly."),
        TooManyEntries { path, max } => {
            let (path, max) = (q(path), super::format_int(*max as u64, lang));
            by_lang!(lang,
                da: "{path} har for mange felter: højst {max} læses.",
                en: "{path} has too many entries: at most {max} are read.")
        }
        PopulationsNeeded(codes) => {
            let names = municipality_names(codes);
            by_lang!(lang,
                da: "Med denne stemmeregel kan disse kommuner ikke placeres uden et indbyggertal: {names}. Skriv deres indbyggertal.",
                en: "Under this voting rule these municipalities cannot be placed without a population: {names}. Enter their populations.")
        }
        KeyLength { given, expected } => by_lang!(lang,
            da: "Fordelingsnøglen har {given} vægte, men der er {expected} sundhedsråd.",
            en: "The key has {given} weights, but there are {expected} councils."),
        NoSuchPart { index, parts } => by_lang!(lang,
            da: "Del {index} findes ikke i en fordeling på {parts} dele.",
            en: "Part {index} does not exist in a split into {parts} parts."),
        PopulationExceedsCouncil { population, council } => {
            let (population, council) = (super::format_int(*population, lang), q(council));
            by_lang!(lang,
                da: "{population} indbyggere er flere end hele sundhedsrådet {council} har.",
                en: "{population} inhabitants are more than the whole council {council} has.")
        }
        BadMembershipChange(s) => {
            let s = q(s);
            by_lang!(lang,
                da: "Ændringen {s} kan ikke læses: skriv «move:kommunekode:sundhedsråd» eller «observe:kommunekode:sundhedsråd».",
                en: "The change {s} cannot be read: write «move:code:council» or «observe:code:council».")
        }
        MoveToOwnCouncil { code, council } => {
            let (m, c) = (municipality_name(*code), council_name(*council));
            by_lang!(lang,
                da: "{m} hører allerede til sundhedsråd {c}. Vælg et andet sundhedsråd i regionen.",
                en: "{m} already belongs to the council {c}. Choose another council of the region.")
        }
        MoveToOtherRegion { code, to } => {
            let m = municipality_name(*code);
            let from = municipality_by_code(*code).map_or("?", |k| REGIONS[COUNCILS[k.council.0].region.0].name);
            let (c, region) = (council_name(*to), region_of(*to));
            by_lang!(lang,
                da: "{m} ligger i Region {from} og kan ikke flytte til sundhedsråd {c} i Region {region}: en kommune kan kun flytte til et sundhedsråd i sin egen region.",
                en: "{m} is in Region {from} and cannot move to the council {c} in Region {region}: a municipality can only move to a council of its own region.")
        }
        ObserverOfOwnCouncil { code, council } => {
            let (m, c) = (municipality_name(*code), council_name(*council));
            by_lang!(lang,
                da: "{m} er medlem af sundhedsråd {c} og kan ikke også være observatør dér.",
                en: "{m} is a member of the council {c} and cannot also be an observer there.")
        }
        CouncilLeftEmpty(council) => {
            let c = council_name(*council);
            by_lang!(lang,
                da: "Sundhedsråd {c} ville stå uden kommuner: hvert sundhedsråd skal beholde mindst én kommune.",
                en: "The council {c} would be left without a municipality: every council must keep at least one.")
        }
    }
}

/// A municipality's name by kommunekode (the code when there is none).
fn municipality_name(code: u16) -> String {
    municipality_by_code(code).map_or_else(|| code.to_string(), |m| m.name.to_string())
}

/// A council's name.
fn council_name(c: CouncilId) -> &'static str {
    COUNCILS.get(c.0).map_or("?", |k| k.name)
}

/// The name of a council's region.
fn region_of(c: CouncilId) -> &'static str {
    COUNCILS.get(c.0).map_or("?", |k| REGIONS[k.region.0].name)
}

/// Names of municipalities by kommunekode, for a message.
fn municipality_names(codes: &[u16]) -> String {
    let names: Vec<&str> =
        codes.iter().filter_map(|c| crate::model::edition::municipality_by_code(*c)).map(|m| m.name).collect();
    names.join(", ")
}

/// Why a line of a population file could not be read, in words, with its
/// line number ("Linje 4: «Atlantis» er ikke en kommune.").
pub fn rejected_line(r: &RejectedLine, lang: Lang) -> String {
    let line = r.line;
    let name = |code: u16| municipality_by_code(code).map_or_else(|| code.to_string(), |m| m.name.to_string());
    match &r.problem {
        LineProblem::NoMunicipality(first) => {
            let first = q(first);
            by_lang!(lang,
                da: "Linje {line}: {first} er ikke en kommune (landstal og regioner bruges ikke).",
                en: "Line {line}: {first} is not a municipality (totals and regions are not used).")
        }
        LineProblem::NoPopulation { code } => {
            let m = name(*code);
            by_lang!(lang,
                da: "Linje {line}: {m} har intet folketal, der kan læses (et helt tal over 0).",
                en: "Line {line}: {m} has no population that can be read (a whole number above 0).")
        }
        LineProblem::Duplicate { code, first } => {
            let m = name(*code);
            by_lang!(lang,
                da: "Linje {line}: {m} står allerede i linje {first}; den første bruges.",
                en: "Line {line}: {m} is already on line {first}; the first is used.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_is_kept() {
        let e = ModelError::UnknownCouncil("atlantis".into());
        assert_eq!(
            error_message(&e, Lang::Da),
            "Der findes intet sundhedsråd med id «atlantis». Vælg et af de 17 sundhedsråd på listen."
        );
        assert_eq!(
            error_message(&e, Lang::En),
            "There is no health council with id «atlantis». Choose one of the 17 councils in the list."
        );
        let w = ModelError::WrongType { path: "key".into(), expected: Expected::Key };
        assert_eq!(
            error_message(&w, Lang::Da),
            "«key» har en forkert form: forventede \"population\", \"anlaeg\" eller et objekt med vægte."
        );
        let r = ModelError::InvalidRule(RuleProblem::Threshold);
        assert_eq!(
            error_message(&r, Lang::En),
            "The voting rule cannot be used: the threshold must be between 1 and 10,000,000."
        );
        assert_eq!(
            error_message(&ModelError::YearOutOfRange(2040), Lang::Da),
            "Året 2040 ligger uden for datagrundlaget (2027–2031)."
        );
    }

    #[test]
    fn every_rule_problem_has_its_own_words() {
        use RuleProblem::*;
        let problems = [
            ZeroVotes,
            FewerVotesWhenLarger,
            TooManyVotes,
            Threshold,
            NoTiers,
            FirstTierNotZero,
            TiersOutOfOrder,
            TooManyTiers,
            RegionalMembers,
            RegionalMembersMismatch,
            MixedShapes { field: "votesBelow".into() },
            BadValue { field: "tiers[0].votes".into(), value: "x".into() },
        ];
        for lang in [Lang::Da, Lang::En] {
            let words: Vec<String> = problems.iter().map(|p| rule_problem(p, lang)).collect();
            for (i, w) in words.iter().enumerate() {
                assert!(!w.is_empty() && !words[..i].contains(w), "{lang:?}: {w}");
            }
        }
        let m = error_message(&ModelError::InvalidRule(MixedShapes { field: "threshold".into() }), Lang::Da);
        assert_eq!(m, "Stemmereglen kan ikke bruges: «tiers» kan ikke bruges sammen med «threshold».");
        let m = error_message(&ModelError::InvalidRule(FirstTierNotZero), Lang::En);
        assert_eq!(m, "The voting rule cannot be used: the first tier must start at 0 inhabitants.");
        let w = ModelError::WrongType { path: "rule.majority".into(), expected: Expected::Majority };
        assert_eq!(
            error_message(&w, Lang::En),
            "«rule.majority» has the wrong form: expected \"headsAndVotes\", \"votes\" or \"none\"."
        );
    }

    #[test]
    fn messages_quote_and_shorten_hostile_input() {
        let e = ModelError::UnknownCouncil(format!("<script>{}</script>\n", "x".repeat(200)));
        let m = error_message(&e, Lang::Da);
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
        let m = error_message(&e, Lang::En);
        assert!(m.contains("«<b>"), "{m}");
        assert!(!m.contains('\n') && m.chars().count() < 200, "{m}");
    }

    #[test]
    fn membership_problems_name_the_municipality_and_councils() {
        use crate::model::edition::council_index;
        let (fyn, aarhus) = (council_index("fyn").unwrap(), council_index("aarhus").unwrap());
        let e = ModelError::MoveToOtherRegion { code: 420, to: aarhus };
        assert_eq!(
            error_message(&e, Lang::En),
            "Assens is in Region Syddanmark and cannot move to the council Aarhus in Region Midtjylland: a municipality can only move to a council of its own region."
        );
        let e = ModelError::MoveToOwnCouncil { code: 420, council: fyn };
        assert_eq!(
            error_message(&e, Lang::Da),
            "Assens hører allerede til sundhedsråd Fyn. Vælg et andet sundhedsråd i regionen."
        );
        let e = ModelError::ObserverOfOwnCouncil { code: 420, council: fyn };
        assert!(error_message(&e, Lang::Da).starts_with("Assens er medlem af sundhedsråd Fyn"));
        let e = ModelError::CouncilLeftEmpty(fyn);
        assert!(error_message(&e, Lang::En).contains("Fyn would be left without a municipality"));
        let e = ModelError::BadMembershipChange("<b>".into());
        assert!(error_message(&e, Lang::Da).contains("«<b>»"));
    }
}
