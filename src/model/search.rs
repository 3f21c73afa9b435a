//! Forgiving search for a council or a municipality by what a reader types:
//! any case, with or without Danish letters (`Århus`, `Aarhus`, `Kobenhavn`,
//! `Koebenhavn`), with or without the hyphen (`Høje Taastrup`), with a
//! "Kommune" or "Sundhedsråd" around the name, the English names of the
//! places that have one (`Copenhagen`, `Elsinore`, `Funen`), and the start
//! of a name (`Slag`).
//!
//! ```
//! use sundhedsraad_beregner::model::search::find;
//! assert_eq!(find("slagelse kommune").map(|h| h.name), Some("Slagelse"));
//! assert_eq!(find("Kobenhavn").map(|h| h.name), Some("København"));
//! ```

use super::edition::{CouncilId, COUNCILS, MUNICIPALITIES};

/// What a search found: a municipality (with its council) or a council.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The council.
    pub council: CouncilId,
    /// The municipality's kommunekode, when a municipality was found.
    pub municipality: Option<u16>,
    /// Its name as the data edition writes it.
    pub name: &'static str,
}

/// English (and other) names readers type for a place, and its Danish name.
const OTHER_NAMES: [(&str, &str); 3] = [("copenhagen", "København"), ("elsinore", "Helsingør"), ("funen", "Fyn")];

/// Words around a name that say what it is, not which.
const NOISE: [&str; 7] =
    ["sundhedsrådet", "sundhedsråd", "sundhedsraad", "healthcouncil", "regionskommune", "kommune", "municipality"];

/// The form names are compared in: lower case, Danish letters folded to
/// plain ones (æ → ae, ø → o, å and aa → a, é → e), `oe` → `o`, and
/// everything but letters and digits dropped.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' | 'ö' => out.push('o'),
            'å' | 'ä' | 'á' => out.push('a'),
            'é' | 'è' => out.push('e'),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out.replace("aa", "a").replace("oe", "o")
}

/// The key of a reader's text without the words around the name.
fn query_key(text: &str) -> String {
    let mut k = key(text);
    for word in NOISE {
        let w = key(word);
        if k.len() > w.len() {
            if let Some(rest) = k.strip_suffix(&w) {
                k = rest.to_string();
            }
            if let Some(rest) = k.strip_prefix(&w) {
                k = rest.to_string();
            }
        }
    }
    for (other, danish) in OTHER_NAMES {
        if k == other {
            return key(danish);
        }
    }
    k
}

/// Every name a reader can find, as hits: municipalities first (a name that
/// is both, Aarhus or Horsens, finds the municipality and so its council too).
fn candidates() -> impl Iterator<Item = Hit> {
    let munis = MUNICIPALITIES.iter().map(|m| Hit { council: m.council, municipality: Some(m.code), name: m.name });
    let councils =
        COUNCILS.iter().enumerate().map(|(i, c)| Hit { council: CouncilId(i), municipality: None, name: c.name });
    munis.chain(councils)
}

/// Every hit for `text`, best first: names equal to it, then names that
/// start with it (shortest first), then names that contain it. Empty for a
/// text of fewer than two letters.
pub fn search(text: &str) -> Vec<Hit> {
    let q = query_key(text);
    if q.chars().count() < 2 {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize, Hit)> = candidates()
        .filter_map(|h| {
            let k = key(h.name);
            let rank = if k == q {
                0
            } else if k.starts_with(&q) {
                1
            } else if k.contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, k.len(), h))
        })
        .collect();
    // Stable: among equals, municipalities before councils (their order above).
    ranked.sort_by_key(|&(rank, len, _)| (rank, len));
    ranked.into_iter().map(|(_, _, h)| h).collect()
}

/// The best hit for `text`, if any.
pub fn find(text: &str) -> Option<Hit> {
    search(text).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<&'static str> {
        find(text).map(|h| h.name)
    }

    #[test]
    fn what_readers_type_is_found() {
        // Each of these failed with the exact-name search (issue 12).
        assert_eq!(name("Slag"), Some("Slagelse"));
        assert_eq!(name("Slagelse Kommune"), Some("Slagelse"));
        assert_eq!(name("Århus"), Some("Aarhus"));
        assert_eq!(name("Kobenhavn"), Some("København"));
        assert_eq!(name("Koebenhavn"), Some("København"));
        assert_eq!(name("Copenhagen"), Some("København"));
        assert_eq!(name("Høje Taastrup"), Some("Høje-Taastrup"));
        assert_eq!(name("  sØNDERBORG "), Some("Sønderborg"));
        assert_eq!(name("Sundhedsråd Fyn"), Some("Fyn"));
        assert_eq!(name("hovedstaden nord"), Some("Hovedstaden Nord"));
    }

    #[test]
    fn a_name_that_is_both_finds_the_municipality_and_its_council() {
        for text in ["Aarhus", "Horsens"] {
            let h = find(text).unwrap();
            assert!(h.municipality.is_some(), "{text}");
            assert_eq!(COUNCILS[h.council.0].name, text);
        }
    }

    #[test]
    fn nothing_is_found_for_nothing_like_a_name() {
        assert_eq!(find("Atlantis"), None);
        assert_eq!(find("x"), None);
        assert_eq!(find("   "), None);
        assert_eq!(find("<script>"), None);
    }

    #[test]
    fn every_name_finds_itself() {
        for h in candidates() {
            let found = find(h.name).unwrap();
            assert_eq!(found.name, h.name);
        }
    }
}
