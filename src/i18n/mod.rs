//! Languages and number formats. Pure: no browser.
//!
//! Danish is the default. Numbers follow each language's convention:
//! `1.234,5` in Danish, `1,234.5` in English.
//!
//! ```
//! use sundhedsraad_beregner::i18n::{format_decimal, Lang};
//! use rust_decimal::Decimal;
//! assert_eq!(format_decimal(Decimal::new(12345, 1), 1, Lang::Da), "1.234,5");
//! assert_eq!(format_decimal(Decimal::new(12345, 1), 1, Lang::En), "1,234.5");
//! ```
//!
//! # Where texts live
//! Every text the widget shows is here, Danish and English side by side:
//! fixed texts in [`texts`], sentences that carry numbers or names as
//! functions in [`sentences`], the model's error messages in [`errors`] and
//! the CSV download's words and number format in [`csv`]. The render code
//! only calls these; it never chooses between languages itself.

/// Formats a sentence in the chosen language: `by_lang!(lang, da: "…",
/// en: "…")`. Both literals are `format!` strings that capture variables in
/// scope by name (`"{name} har {votes}"`), so each language's sentence is one
/// line of data and the compiler checks every name in both.
macro_rules! by_lang {
    ($lang:expr, da: $da:literal, en: $en:literal $(,)?) => {
        match $lang {
            $crate::i18n::Lang::Da => format!($da),
            $crate::i18n::Lang::En => format!($en),
        }
    };
}

pub mod csv;
pub mod errors;
pub mod sentences;
pub mod texts;

use rust_decimal::{Decimal, RoundingStrategy};

/// The widget's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Danish (default).
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// Parses `da` or `en` (case-insensitive, surrounding space ignored).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "da" | "da-dk" => Some(Lang::Da),
            "en" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }
    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// Formats a decimal rounded (half away from zero) to `decimals` places, with
/// the language's grouping and decimal separators.
pub fn format_decimal(value: Decimal, decimals: u32, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let r = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let s = format!("{:.*}", decimals as usize, r.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::new();
    if r.is_sign_negative() && !r.is_zero() {
        out.push('−');
    }
    let n = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// Formats a whole number with grouping.
pub fn format_int(value: u64, lang: Lang) -> String {
    format_decimal(Decimal::from(value), 0, lang)
}

/// Formats a share (0..=1) as a percentage with one decimal: `12,5 %`.
pub fn format_pct(share: Decimal, lang: Lang) -> String {
    let pct = share * Decimal::ONE_HUNDRED;
    match lang {
        Lang::Da => format!("{} %", format_decimal(pct, 1, lang)),
        Lang::En => format!("{}%", format_decimal(pct, 1, lang)),
    }
}

/// Parses a typed whole number: plain digits, or groups of three separated
/// consistently by '.', ',' or a space ("82.500", "82,500", "82 500").
/// Anything else is rejected, so "1,5" or "82.500,0" is never read as
/// another number. At most 12 digits.
pub fn parse_int(s: &str) -> Option<u64> {
    let t = s.trim();
    let sep = t.chars().find(|c| !c.is_ascii_digit());
    let ok = match sep {
        None => !t.is_empty(),
        Some(sep) if matches!(sep, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}') => {
            let mut groups = t.split(sep);
            let first = groups.next().unwrap_or("");
            (1..=3).contains(&first.len())
                && first.bytes().all(|b| b.is_ascii_digit())
                && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        }
        Some(_) => false,
    };
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if !ok || digits.len() > 12 {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_grouped_integers() {
        assert_eq!(parse_int("82.500"), Some(82_500));
        assert_eq!(parse_int(" 82 500 "), Some(82_500));
        assert_eq!(parse_int("82,500"), Some(82_500));
        assert_eq!(parse_int("-5"), None);
        assert_eq!(parse_int("1e9"), None);
        assert_eq!(parse_int(""), None);
        assert_eq!(parse_int("9999999999999"), None);
        assert_eq!(parse_int("1.234.567"), Some(1_234_567));
        for bad in ["1,5", "1.5", "82.500,0", "8.25.00", "82,5", "82.5000", ".500", "82..500", "82 500.000"] {
            assert_eq!(parse_int(bad), None, "{bad}");
        }
    }

    #[test]
    fn danish_and_english_formats() {
        assert_eq!(format_decimal(Decimal::from(1065), 1, Lang::Da), "1.065,0");
        assert_eq!(format_decimal(Decimal::new(3125, 1), 1, Lang::En), "312.5");
        assert_eq!(format_decimal(Decimal::from(4_400_000_000u64), 0, Lang::Da), "4.400.000.000");
        assert_eq!(format_decimal(Decimal::new(5, 2), 1, Lang::Da), "0,1");
        assert_eq!(format_decimal(Decimal::new(-12345, 1), 0, Lang::Da), "−1.235");
        assert_eq!(format_decimal(Decimal::new(123, 0), 0, Lang::Da), "123");
        assert_eq!(format_pct(Decimal::new(125, 3), Lang::Da), "12,5 %");
    }

    #[test]
    fn lang_parse() {
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
    }
}
