//! What the search found, said in a sentence for the status line beside the
//! search field.

use crate::i18n::Lang;
use crate::model::edition::COUNCILS;
use crate::model::search::Hit;

/// "Fundet: Slagelse Kommune, i Sundhedsråd Midt- og Vestsjælland." or
/// "Fundet: Sundhedsråd Fyn." (plain text; the caller escapes or sets it as text).
pub fn found(hit: &Hit, lang: Lang) -> String {
    let council = COUNCILS[hit.council.0].name;
    match (hit.municipality, lang) {
        (Some(_), Lang::Da) => format!("Fundet: {} Kommune, i Sundhedsråd {council}.", hit.name),
        (Some(_), Lang::En) => format!("Found: {} Municipality, in health council {council}.", hit.name),
        (None, Lang::Da) => format!("Fundet: Sundhedsråd {council}."),
        (None, Lang::En) => format!("Found: health council {council}."),
    }
}

/// A suggestion's label: the name and what it is, "Slagelse (kommune)",
/// "Fyn (sundhedsråd)" (plain text).
pub fn suggestion_label(hit: &Hit, lang: Lang) -> String {
    let what = match (hit.municipality, lang) {
        (Some(_), Lang::Da) => "kommune",
        (Some(_), Lang::En) => "municipality",
        (None, Lang::Da) => "sundhedsråd",
        (None, Lang::En) => "health council",
    };
    format!("{} ({what})", hit.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::search::find;

    #[test]
    fn the_sentence_names_the_municipality_and_its_council() {
        assert_eq!(
            found(&find("slag").unwrap(), Lang::Da),
            "Fundet: Slagelse Kommune, i Sundhedsråd Midt- og Vestsjælland."
        );
        assert_eq!(found(&find("Funen").unwrap(), Lang::En), "Found: health council Fyn.");
        assert_eq!(suggestion_label(&find("slag").unwrap(), Lang::Da), "Slagelse (kommune)");
        assert_eq!(suggestion_label(&find("Funen").unwrap(), Lang::En), "Fyn (health council)");
    }
}
