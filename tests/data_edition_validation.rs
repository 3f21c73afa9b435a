//! Broken data editions fail validation with a message naming the entry.
//! The same validation runs in `build.rs` on every build.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/edition_source.rs"]
#[allow(dead_code)]
mod edition_source;

const GOOD: &str = include_str!("../data/edition.toml");

fn errors_after(from: &str, to: &str) -> Vec<String> {
    assert!(GOOD.contains(from), "fixture text not found: {from}");
    match edition_source::load(&GOOD.replacen(from, to, 1)) {
        Ok(_) => vec![],
        Err(e) => e,
    }
}

fn assert_error(from: &str, to: &str, needle: &str) {
    let e = errors_after(from, to);
    assert!(e.iter().any(|m| m.contains(needle)), "expected an error containing {needle:?}, got {e:?}");
}

#[test]
fn the_shipped_edition_is_valid() {
    let f = edition_source::load(GOOD).unwrap();
    assert_eq!(f.council.len(), 17);
    assert_eq!(f.municipality.len(), 98);
}

#[test]
fn unknown_council_reference_names_the_municipality() {
    assert_error(
        "code = 860\nname = \"Hjørring\"\ncouncil = \"vendsyssel\"",
        "code = 860\nname = \"Hjørring\"\ncouncil = \"atlantis\"",
        "860 Hjørring refers to unknown council 'atlantis'",
    );
}

#[test]
fn duplicate_code_is_named() {
    assert_error("code = 810\n", "code = 860\n", "municipality code 860 appears more than once");
}

#[test]
fn council_without_municipalities_is_named() {
    // Move Aarhus and Samsø to Horsens: the aarhus council is left empty.
    let t = GOOD.replace("council = \"aarhus\"", "council = \"horsens\"");
    let e = edition_source::load(&t).unwrap_err();
    assert!(e.iter().any(|m| m.contains("council 'aarhus' has no municipalities")), "{e:?}");
}

#[test]
fn pool_year_out_of_range_is_named() {
    assert_error(
        "period = \"2027\"\namount_mio_kr = \"1065\"",
        "period = \"2099\"\namount_mio_kr = \"1065\"",
        "year 2099 is out of range",
    );
}

#[test]
fn missing_source_is_named() {
    assert_error(
        "council_anlaeg = { document = \"udspil-2024\", place = \"Figur 20\", place_en = \"Figure 20\" }\n",
        "",
        "'council_anlaeg' is missing",
    );
    assert_error("place = \"Tabel 1\"", "place = \"\"", "no source place");
}

#[test]
fn reading_every_place_and_note_in_danish_and_english() {
    assert_error("place_en = \"Table 1\"", "place_en = \"\"", "no source place");
    assert_error(
        "council_anlaeg = { document = \"udspil-2024\", place = \"Figur 20\", place_en = \"Figure 20\" }",
        "council_anlaeg = { document = \"udspil-2024\", place = \"Figur 20\", place_en = \"\" }",
        "'council_anlaeg' has no place",
    );
    assert_error("note_en = \"Stated as 0.6 bn kr.\"", "", "needs both languages");
    assert_error(
        "place = \"afsnittet 'De kommunale investeringsmidler i sundhedsrådene'\"",
        "place = \"same section\"",
        "is shorthand",
    );
    let f = edition_source::load(GOOD).unwrap();
    for x in &f.figure {
        for text in [&x.place, &x.note_da] {
            for english in ["same ", "rounded", "stated", "part of", "mia.)", " and "] {
                assert!(!text.contains(english), "English in a Danish text: {text:?}");
            }
        }
    }
}

#[test]
fn bad_amount_and_unknown_pool_are_named() {
    assert_error("amount_mio_kr = \"1065\"", "amount_mio_kr = \"1.065,0\"", "is not an amount");
    assert_error(
        "pool = \"sundhedsraad_total\"\nedition = \"udspil-2024\"\nperiod = \"2027\"",
        "pool = \"nope\"\nedition = \"udspil-2024\"\nperiod = \"2027\"",
        "unknown pool 'nope'",
    );
}

#[test]
fn unparsable_file_says_so() {
    let e = edition_source::load("this is [not toml").unwrap_err();
    assert!(e[0].contains("does not parse"));
}
