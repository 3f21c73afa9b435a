//! Reading a population file a reader pastes or loads (issue 9, "Real
//! populations"): one municipality per line, as CSV (`,` or `;`) or
//! tab-separated text, with a kommunekode or a municipality name and a
//! population in Danish ("82.500") or plain ("82500") number format — for
//! example an export of Danmarks Statistik's table FOLK1A.
//!
//! Municipal populations are not in the sources and the widget never invents
//! them: only what the text says is used. Lines that cannot be read are listed
//! with their line number and why; the lines that can be read are used.
//!
//! On a line, the municipality is the first field that names one (a code such
//! as `461`, a name such as `Odense`, or both, `461 Odense`), and the
//! population is the last other field that is a whole number: a FOLK1A export
//! with several quarters gives the latest column. A first line that names no
//! municipality is a header and is skipped; a blank line is skipped.
//!
//! ```
//! use sundhedsraad_beregner::model::population_file::read;
//! let file = read("kommune;befolkning\nOdense;210.803\nHele landet;6.001.008\n");
//! assert_eq!(file.populations.get(&461), Some(&210_803));
//! assert_eq!(file.rejected.len(), 1); // "Hele landet" is not a municipality
//! assert_eq!(file.rejected[0].line, 3);
//! ```

use super::edition::{self, Municipality};
use super::votes::{Populations, MAX_POPULATION};
use crate::i18n::parse_int;

/// What a file gave: the populations read, and the lines that could not be.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PopulationFile {
    /// Population by kommunekode, from the lines that could be read.
    pub populations: Populations,
    /// The lines that could not be read, in file order.
    pub rejected: Vec<RejectedLine>,
}

/// A line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedLine {
    /// Its line number, counting from 1.
    pub line: usize,
    /// Why it could not be read.
    pub problem: LineProblem,
}

/// Why a line could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// No field names a municipality (a total, a region, a misspelling); the
    /// line's first field as given.
    NoMunicipality(String),
    /// The municipality is there, but no other field is a whole number
    /// between 1 and the largest population accepted.
    NoPopulation {
        /// The municipality's kommunekode.
        code: u16,
    },
    /// The municipality was already given on an earlier line (that line's
    /// number); the first one is used.
    Duplicate {
        /// The municipality's kommunekode.
        code: u16,
        /// The line that gave it first.
        first: usize,
    },
}

impl RejectedLine {
    /// The line number and the problem in a sentence, in Danish or English.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::errors::rejected_line(self, lang)
    }
}

/// Longest file read, in lines (the 98 municipalities with room for totals,
/// regions and several headers; a pasted novel is cut off, not parsed).
pub const MAX_LINES: usize = 2_000;

/// Reads a population file. Never fails: what cannot be read is listed in
/// [`PopulationFile::rejected`].
pub fn read(text: &str) -> PopulationFile {
    let delimiter = delimiter_of(text);
    let mut out = PopulationFile::default();
    let mut first_line_of: std::collections::BTreeMap<u16, usize> = Default::default();
    let mut seen_content = false;
    for (i, raw) in text.lines().take(MAX_LINES).enumerate() {
        let line = i + 1;
        let fields = split(raw, delimiter);
        if fields.iter().all(|f| f.is_empty()) {
            continue;
        }
        let found = fields.iter().enumerate().find_map(|(at, f)| municipality_in(f).map(|m| (at, m)));
        let Some((at, m)) = found else {
            // A header: the first line with content, naming no municipality.
            if seen_content {
                out.rejected.push(RejectedLine { line, problem: LineProblem::NoMunicipality(fields[0].clone()) });
            }
            seen_content = true;
            continue;
        };
        seen_content = true;
        let population = fields
            .iter()
            .enumerate()
            .rev()
            .filter(|(j, _)| *j != at)
            .find_map(|(_, f)| parse_int(f).filter(|n| (1..=MAX_POPULATION).contains(n)));
        let problem = match (population, first_line_of.get(&m.code)) {
            (_, Some(&first)) => Some(LineProblem::Duplicate { code: m.code, first }),
            (None, None) => Some(LineProblem::NoPopulation { code: m.code }),
            (Some(n), None) => {
                out.populations.insert(m.code, n);
                first_line_of.insert(m.code, line);
                None
            }
        };
        if let Some(problem) = problem {
            out.rejected.push(RejectedLine { line, problem });
        }
    }
    out
}

/// The field separator: tab when any line has one, else `;` when any line
/// has one (Danish spreadsheets), else `,`.
fn delimiter_of(text: &str) -> char {
    if text.contains('\t') {
        '\t'
    } else if text.contains(';') {
        ';'
    } else {
        ','
    }
}

/// Splits a line into trimmed fields; a field in double quotes may hold the
/// delimiter, and `""` inside it is one quote.
fn split(line: &str, delimiter: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields.iter().map(|f| f.trim().to_string()).collect()
}

/// The municipality a field names: a kommunekode, a name, or a code followed
/// by the name (`461 Odense`, as some exports write it; both must agree).
fn municipality_in(field: &str) -> Option<&'static Municipality> {
    let f = field.trim();
    if f.is_empty() {
        return None;
    }
    if f.bytes().all(|b| b.is_ascii_digit()) {
        return f.parse().ok().and_then(edition::municipality_by_code);
    }
    if let Some((code, name)) = f.split_once(' ') {
        if code.bytes().all(|b| b.is_ascii_digit()) {
            let m = code.parse().ok().and_then(edition::municipality_by_code)?;
            return edition::municipality_by_name(name).filter(|n| n.code == m.code);
        }
    }
    edition::municipality_by_name(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_csv_with_a_header_names_codes_and_danish_numbers() {
        let f = read("Kommune;Folketal\nOdense;210.803\n479;59 474\nAssens;41.000\n");
        assert_eq!(f.populations.get(&461), Some(&210_803));
        assert_eq!(f.populations.get(&479), Some(&59_474), "479 is Svendborg; a space groups thousands");
        assert_eq!(f.populations.get(&420), Some(&41_000));
        assert!(f.rejected.is_empty(), "{:?}", f.rejected);
    }

    #[test]
    fn a_folk1a_style_export_uses_the_last_quarter_and_lists_totals_and_regions() {
        // Statbank's CSV: a title line, a line of quarters, then name;value;value.
        let text = "\"Befolkningen den 1. i kvartalet efter område og tid\"\n;\"2025K1\";\"2025K2\"\n\"Hele landet\";5.992.734;6.001.008\n\"Region Syddanmark\";1.232.000;1.234.000\n\"Odense\";210.000;210.803\n";
        let f = read(text);
        assert_eq!(f.populations.len(), 1);
        assert_eq!(f.populations.get(&461), Some(&210_803), "the last column, not the first");
        let lines: Vec<usize> = f.rejected.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 3, 4], "the quarters line, the country and the region are listed");
        assert_eq!(f.rejected[1].problem, LineProblem::NoMunicipality("Hele landet".into()));
    }

    #[test]
    fn tab_separated_text_as_pasted_from_a_spreadsheet() {
        let f = read("101\tKøbenhavn\t660842\n851\tAalborg\t222.000\n");
        assert_eq!(f.populations.get(&101), Some(&660_842));
        assert_eq!(f.populations.get(&851), Some(&222_000));
    }

    #[test]
    fn code_and_name_in_one_field_must_agree() {
        let f = read("461 Odense,210000\n461 Aalborg,1000\n");
        assert_eq!(f.populations.get(&461), Some(&210_000));
        assert_eq!(f.rejected.len(), 1);
        assert_eq!(f.rejected[0].line, 2);
    }

    #[test]
    fn names_ignore_case_and_quotes_may_hold_the_delimiter() {
        let f = read("\"ODENSE\",\"210,803\"\n\"lyngby-taarbæk\",\"57,000\"\n");
        assert_eq!(f.populations.get(&461), Some(&210_803));
        assert_eq!(f.populations.get(&173), Some(&57_000));
    }

    #[test]
    fn bad_rows_are_listed_with_their_line_and_the_rest_are_used() {
        let f = read("Odense;210.803\nAssens;mange\nOdense;1\nAtlantis;5000\n\nSvendborg;0\nKerteminde;24.000\n");
        assert_eq!(f.populations.get(&461), Some(&210_803), "the first Odense line is used");
        assert_eq!(f.populations.get(&440), Some(&24_000));
        assert_eq!(
            f.rejected,
            vec![
                RejectedLine { line: 2, problem: LineProblem::NoPopulation { code: 420 } },
                RejectedLine { line: 3, problem: LineProblem::Duplicate { code: 461, first: 1 } },
                RejectedLine { line: 4, problem: LineProblem::NoMunicipality("Atlantis".into()) },
                RejectedLine { line: 6, problem: LineProblem::NoPopulation { code: 479 } },
            ]
        );
    }

    #[test]
    fn nothing_is_invented_and_hostile_text_breaks_nothing() {
        assert_eq!(read(""), PopulationFile::default());
        let f = read("<script>alert(1)</script>;9999999999999999999\n\u{0};\"\n");
        assert!(f.populations.is_empty());
        let long = "Odense;1\n".repeat(MAX_LINES * 2);
        let f = read(&long);
        assert_eq!(f.rejected.len(), MAX_LINES - 1, "read up to MAX_LINES, then stop");
    }

    #[test]
    fn messages_name_the_line_and_the_municipality_in_both_languages() {
        use crate::i18n::Lang;
        let f = read("Odense;210.803\nAssens;mange\nOdense;1\nHele landet;6.001.008\n");
        let da: Vec<String> = f.rejected.iter().map(|r| r.message(Lang::Da)).collect();
        assert_eq!(da[0], "Linje 2: Assens har intet folketal, der kan læses (et helt tal over 0).");
        assert_eq!(da[1], "Linje 3: Odense står allerede i linje 1; den første bruges.");
        assert_eq!(da[2], "Linje 4: «Hele landet» er ikke en kommune (landstal og regioner bruges ikke).");
        assert_eq!(
            f.rejected[0].message(Lang::En),
            "Line 2: Assens has no population that can be read (a whole number above 0)."
        );
    }

    #[test]
    fn every_municipality_is_found_by_its_name_and_its_code() {
        for m in edition::MUNICIPALITIES {
            assert_eq!(municipality_in(m.name).map(|x| x.code), Some(m.code), "{}", m.name);
            assert_eq!(municipality_in(&m.code.to_string()).map(|x| x.code), Some(m.code));
            assert_eq!(municipality_in(&format!("{} {}", m.code, m.name)).map(|x| x.code), Some(m.code));
        }
    }
}
