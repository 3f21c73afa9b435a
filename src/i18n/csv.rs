//! The CSV download's words and number format, per language.
//!
//! Both files start with a UTF-8 byte order mark, so a spreadsheet reads
//! æ, ø and å right whatever its locale.
//!
//! * **Danish**: ';' between fields and ',' as decimal point, as a Danish
//!   spreadsheet expects (its list separator is ';'): `83,079`.
//! * **English**: ',' between fields and '.' as decimal point, as an English
//!   spreadsheet expects (RFC 4180): `83.079`.
//!
//! Amounts are exact (every decimal the model has) and never grouped by
//! thousands. The `section` and `item` columns (and the key id) are stable
//! identifiers, the same in both languages; everything meant for reading
//! (headers, units, basis, sources' prefixes) is in the language.

use super::Lang;
use rust_decimal::Decimal;

/// The UTF-8 byte order mark the file starts with.
pub const BOM: char = '\u{feff}';

/// How the CSV download is written in one language.
#[derive(Debug)]
pub struct CsvTexts {
    /// Field separator.
    pub separator: char,
    /// Decimal point of amounts.
    pub decimal_point: char,
    /// Column headers: section, item, year, value, unit, basis, source.
    pub header: [&'static str; 7],
    /// Unit of counts.
    pub count: &'static str,
    /// Unit of votes.
    pub votes: &'static str,
    /// Basis: computed by the rule.
    pub computed: &'static str,
    /// Basis: as published.
    pub published: &'static str,
    /// Basis and source: no figure published.
    pub not_published: &'static str,
    /// Basis of an official amount.
    pub official: &'static str,
    /// Basis of an estimate, before the key id.
    pub estimate_key: &'static str,
    /// Basis of votes from Figur 9's vote class.
    pub published_class: &'static str,
    /// Basis of votes from a population, before the number.
    pub population: &'static str,
    /// Source of the seat rule.
    pub rule_source: &'static str,
}

static DA: CsvTexts = CsvTexts {
    separator: ';',
    decimal_point: ',',
    header: ["sektion", "post", "år", "værdi", "enhed", "grundlag", "kilde"],
    count: "antal",
    votes: "stemmer",
    computed: "beregnet",
    published: "offentliggjort",
    not_published: "ikke offentliggjort",
    official: "officielt (fra den indlejrende side)",
    estimate_key: "skøn, nøgle",
    published_class: "følger af medlemstallet i Figur 9",
    population: "indbyggertal",
    rule_source: "regel: Udspil 2024, afsnittet 'Kommunernes stemmeret i sundhedsråd'",
};

static EN: CsvTexts = CsvTexts {
    separator: ',',
    decimal_point: '.',
    header: ["section", "item", "year", "value", "unit", "basis", "source"],
    count: "count",
    votes: "votes",
    computed: "computed",
    published: "published",
    not_published: "not published",
    official: "official (from the embedding page)",
    estimate_key: "estimate, key",
    published_class: "follows from the member count in Figure 9",
    population: "population",
    rule_source: "rule: Udspil 2024, the section 'Kommunernes stemmeret i sundhedsråd'",
};

/// The CSV words and format of a language.
pub fn csv_texts(lang: Lang) -> &'static CsvTexts {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}

/// An exact amount as the language's spreadsheet reads it: every decimal,
/// the language's decimal point, no grouping ("83,079" in Danish).
pub fn csv_number(d: Decimal, lang: Lang) -> String {
    let s = d.to_string();
    match csv_texts(lang).decimal_point {
        '.' => s,
        p => s.replace('.', &p.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_exact_and_ungrouped() {
        assert_eq!(csv_number(Decimal::new(83_079, 3), Lang::Da), "83,079");
        assert_eq!(csv_number(Decimal::new(83_079, 3), Lang::En), "83.079");
        assert_eq!(csv_number(Decimal::from(4_400_000), Lang::Da), "4400000");
    }
}
