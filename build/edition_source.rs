//! The data edition as written in `data/edition.toml`: parsing, validation and
//! code generation. Shared by `build.rs` (which compiles the edition into the
//! program) and `tests/data_edition_validation.rs` (which feeds it broken files).
//!
//! Validation collects every problem and names the offending entry, so a data
//! editor fixes the file in one pass.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// First and last year a yearly figure may have.
pub const FIRST_YEAR: u16 = 2025;
/// Last year the data edition may hold figures for.
pub const LAST_YEAR: u16 = 2035;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub edition: EditionMeta,
    #[serde(default)]
    pub document: Vec<Document>,
    pub sources: BTreeMap<String, SourceRef>,
    #[serde(default)]
    pub region: Vec<Region>,
    #[serde(default)]
    pub gp_support: Vec<GpSupport>,
    #[serde(default)]
    pub council: Vec<Council>,
    #[serde(default)]
    pub municipality: Vec<Municipality>,
    #[serde(default)]
    pub pool: Vec<Pool>,
    #[serde(default)]
    pub figure: Vec<Figure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionMeta {
    pub name: String,
    pub date: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub short: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub document: String,
    /// The place in the document, in Danish ("Figur 9").
    pub place: String,
    /// The same place in English ("Figure 9").
    pub place_en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub regionsraad_udspil: u32,
    pub regionsraad_law: u32,
    pub population_millions: String,
    pub population_share_pct: u32,
}

/// Support for areas with weak GP coverage, by the region of the time.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GpSupport {
    pub old_region: String,
    pub region: String,
    pub mio_kr: u32,
    pub pct: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Council {
    pub id: String,
    pub name: String,
    pub region: String,
    pub population_thousands: u32,
    pub members_published: u32,
    pub anlaeg_mio_kr: String,
    pub anlaeg_kr_per_citizen: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    pub code: u16,
    pub name: String,
    pub council: String,
    pub votes: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    pub id: String,
    pub name_da: String,
    pub name_en: String,
    pub side: String,
    #[serde(default)]
    pub parts: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub pool: String,
    pub edition: String,
    pub period: String,
    pub amount_mio_kr: String,
    pub price_level: String,
    /// The place in the document, in Danish ("Tabel 1").
    pub place: String,
    /// The same place in English ("Table 1").
    pub place_en: String,
    /// A note for the reader in Danish ("" for none) ...
    #[serde(default)]
    pub note_da: String,
    /// ... and the same note in English (both or neither).
    #[serde(default)]
    pub note_en: String,
}

/// The source keys every edition must define.
pub const REQUIRED_SOURCES: [&str; 11] = [
    "region_regionsraad_udspil",
    "region_regionsraad_law",
    "region_population",
    "region_gp_support",
    "council_population",
    "council_members",
    "council_anlaeg",
    "municipality_membership",
    "municipality_code",
    "municipality_votes",
    "vote_rule",
];

/// A period as written in the file: `2027`, `2027-2031` or `2030-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year(u16),
    Span(u16, u16),
    From(u16),
}

/// Parses a period string.
pub fn parse_period(s: &str) -> Result<Period, String> {
    let year = |t: &str| -> Result<u16, String> {
        let y: u16 = t.trim().parse().map_err(|_| format!("'{s}' is not a period (write 2027, 2027-2031 or 2030-)"))?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
            return Err(format!("year {y} is out of range {FIRST_YEAR}–{LAST_YEAR}"));
        }
        Ok(y)
    };
    match s.split_once('-') {
        None => Ok(Period::Year(year(s)?)),
        Some((a, "")) => Ok(Period::From(year(a)?)),
        Some((a, b)) => {
            let (a, b) = (year(a)?, year(b)?);
            if a >= b {
                return Err(format!("span '{s}' must run from an earlier to a later year"));
            }
            Ok(Period::Span(a, b))
        }
    }
}

/// Parses a decimal string into (mantissa, scale); rejects anything else.
pub fn parse_amount(s: &str) -> Result<(i64, u32), String> {
    let t = s.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let ok = !int.is_empty() && int.chars().all(|c| c.is_ascii_digit()) && frac.chars().all(|c| c.is_ascii_digit());
    if !ok || frac.len() > 6 {
        return Err(format!("'{s}' is not an amount (write digits, optionally '.' and up to 6 decimals)"));
    }
    let digits = format!("{int}{frac}");
    let m: i64 = digits.parse().map_err(|_| format!("'{s}' is too large"))?;
    Ok((m, frac.len() as u32))
}

/// Parses and validates the edition; returns every problem found.
pub fn load(text: &str) -> Result<File, Vec<String>> {
    let file: File = toml::from_str(text).map_err(|e| vec![format!("data/edition.toml does not parse: {e}")])?;
    let errors = validate(&file);
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors)
    }
}

fn dup<'a>(kind: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<String>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            errors.push(format!("{kind} with an empty id"));
        }
        if !seen.insert(id) {
            errors.push(format!("{kind} '{id}' appears more than once"));
        }
    }
    seen
}

/// Checks references, duplicates, ranges and sources.
pub fn validate(f: &File) -> Vec<String> {
    let mut e = Vec::new();
    let docs = dup("document", f.document.iter().map(|d| d.id.as_str()), &mut e);
    for key in REQUIRED_SOURCES {
        match f.sources.get(key) {
            None => e.push(format!("sources: '{key}' is missing: every column needs a source")),
            Some(s) if !docs.contains(s.document.as_str()) => {
                e.push(format!("sources: '{key}' cites unknown document '{}'", s.document))
            }
            Some(s) if s.place.trim().is_empty() || s.place_en.trim().is_empty() => {
                e.push(format!("sources: '{key}' has no place in its document (place and place_en)"))
            }
            Some(_) => {}
        }
    }
    let regions = dup("region", f.region.iter().map(|r| r.id.as_str()), &mut e);
    for r in &f.region {
        if r.regionsraad_udspil == 0 || r.regionsraad_law == 0 {
            e.push(format!("region '{}': regionsråd size must be positive", r.id));
        }
        if let Err(m) = parse_amount(&r.population_millions) {
            e.push(format!("region '{}': population_millions {m}", r.id));
        }
    }
    for g in &f.gp_support {
        if !regions.contains(g.region.as_str()) {
            e.push(format!("gp_support '{}': unknown region '{}'", g.old_region, g.region));
        }
    }
    let pct: u32 = f.gp_support.iter().map(|g| g.pct).sum();
    if !f.gp_support.is_empty() && pct != 100 {
        e.push(format!("gp_support: the per cents sum to {pct}, not 100"));
    }
    let councils = dup("council", f.council.iter().map(|c| c.id.as_str()), &mut e);
    for c in &f.council {
        if !regions.contains(c.region.as_str()) {
            e.push(format!("council '{}' refers to unknown region '{}'", c.id, c.region));
        }
        if c.population_thousands == 0 || c.members_published == 0 {
            e.push(format!("council '{}': population and member count must be positive", c.id));
        }
        if let Err(m) = parse_amount(&c.anlaeg_mio_kr) {
            e.push(format!("council '{}': anlaeg_mio_kr {m}", c.id));
        }
        if !f.municipality.iter().any(|m| m.council == c.id) {
            e.push(format!("council '{}' has no municipalities", c.id));
        }
    }
    let mut codes = BTreeSet::new();
    let mut names = BTreeSet::new();
    for m in &f.municipality {
        if !codes.insert(m.code) {
            e.push(format!("municipality code {} appears more than once", m.code));
        }
        if !names.insert(m.name.as_str()) {
            e.push(format!("municipality name '{}' appears more than once", m.name));
        }
        if !councils.contains(m.council.as_str()) {
            e.push(format!("municipality {} {} refers to unknown council '{}'", m.code, m.name, m.council));
        }
        if !(1..=2).contains(&m.votes) {
            e.push(format!("municipality {} {}: votes must be 1 or 2, not {}", m.code, m.name, m.votes));
        }
    }
    let pools = dup("pool", f.pool.iter().map(|p| p.id.as_str()), &mut e);
    for p in &f.pool {
        for part in &p.parts {
            if !pools.contains(part.as_str()) {
                e.push(format!("pool '{}' lists unknown part '{part}'", p.id));
            }
        }
        if !["total", "kommunal", "regional", "anlaeg"].contains(&p.side.as_str()) {
            e.push(format!("pool '{}': side '{}' is not total, kommunal, regional or anlaeg", p.id, p.side));
        }
    }
    let mut seen = BTreeSet::new();
    for (i, x) in f.figure.iter().enumerate() {
        let at = format!("figure #{} ({} / {} / {})", i + 1, x.pool, x.edition, x.period);
        if !pools.contains(x.pool.as_str()) {
            e.push(format!("{at}: unknown pool '{}'", x.pool));
        }
        if !docs.contains(x.edition.as_str()) {
            e.push(format!("{at}: unknown edition (document) '{}'", x.edition));
        }
        if let Err(m) = parse_period(&x.period) {
            e.push(format!("{at}: {m}"));
        }
        if let Err(m) = parse_amount(&x.amount_mio_kr) {
            e.push(format!("{at}: amount {m}"));
        }
        if x.place.trim().is_empty() || x.place_en.trim().is_empty() {
            e.push(format!("{at}: no source place: every figure needs one in Danish (place) and English (place_en)"));
        }
        if x.note_da.trim().is_empty() != x.note_en.trim().is_empty() {
            e.push(format!("{at}: a note needs both languages (note_da and note_en) or neither"));
        }
        if let Some(w) = shorthand(&x.place) {
            e.push(format!("{at}: place '{}' is shorthand ('{w}'): name the place in full", x.place));
        }
        if !seen.insert((x.pool.as_str(), x.edition.as_str(), x.period.as_str())) {
            e.push(format!("{at}: appears more than once"));
        }
    }
    e
}

/// A word that makes a place point elsewhere instead of naming it ("same
/// slide", "samme dias"): every figure names its own place, since each is
/// shown apart from the others.
fn shorthand(place: &str) -> Option<&'static str> {
    let p = place.to_lowercase();
    ["same ", "samme ", "ibid", "do."].into_iter().find(|w| p.starts_with(w))
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn period_code(p: Period) -> String {
    match p {
        Period::Year(y) => format!("Period::Year({y})"),
        Period::Span(a, b) => format!("Period::Span({a}, {b})"),
        Period::From(y) => format!("Period::From({y})"),
    }
}

fn amount_code(s: &str) -> String {
    let (m, sc) = parse_amount(s).expect("validated");
    format!("Amount::new({m}, {sc})")
}

/// Generates the Rust source of the compiled edition (a validated file only).
pub fn generate(f: &File) -> String {
    let mut o = String::new();
    let doc_index = |id: &str| f.document.iter().position(|d| d.id == id).expect("validated");
    let region_index = |id: &str| f.region.iter().position(|r| r.id == id).expect("validated");
    let council_index = |id: &str| f.council.iter().position(|c| c.id == id).expect("validated");
    let pool_index = |id: &str| f.pool.iter().position(|p| p.id == id).expect("validated");
    let src = |key: &str| {
        let s = &f.sources[key];
        format!(
            "SourceRef {{ document: DocumentId({}), place: {}, place_en: {} }}",
            doc_index(&s.document),
            lit(&s.place),
            lit(&s.place_en)
        )
    };
    writeln!(o, "/// Name of this data edition.\npub const EDITION_NAME: &str = {};", lit(&f.edition.name)).unwrap();
    writeln!(o, "/// Date of this data edition.\npub const EDITION_DATE: &str = {};", lit(&f.edition.date)).unwrap();
    writeln!(o, "/// The source documents.\npub static DOCUMENTS: &[Document] = &[").unwrap();
    for d in &f.document {
        writeln!(
            o,
            "    Document {{ id: {}, title: {}, publisher: {}, short: {} }},",
            lit(&d.id),
            lit(&d.title),
            lit(&d.publisher),
            lit(&d.short)
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    writeln!(o, "/// Where each column's figures come from.\npub static SOURCES: ColumnSources = ColumnSources {{")
        .unwrap();
    for key in REQUIRED_SOURCES {
        writeln!(o, "    {key}: {},", src(key)).unwrap();
    }
    writeln!(o, "}};").unwrap();
    writeln!(o, "/// Support for areas with weak GP coverage, 2025–26, by the region of the time.\npub static GP_SUPPORT: &[GpSupport] = &[").unwrap();
    for g in &f.gp_support {
        writeln!(
            o,
            "    GpSupport {{ old_region: {}, region: RegionId({}), mio_kr: {}, pct: {} }},",
            lit(&g.old_region),
            region_index(&g.region),
            g.mio_kr,
            g.pct
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    writeln!(o, "/// The regions.\npub static REGIONS: &[Region] = &[").unwrap();
    for r in &f.region {
        writeln!(
            o,
            "    Region {{ id: {}, name: {}, regionsraad_udspil: {}, regionsraad_law: {}, population_millions: {}, population_share_pct: {} }},",
            lit(&r.id), lit(&r.name), r.regionsraad_udspil, r.regionsraad_law, amount_code(&r.population_millions), r.population_share_pct
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    writeln!(o, "/// The councils.\npub static COUNCILS: &[Council] = &[").unwrap();
    for c in &f.council {
        writeln!(
            o,
            "    Council {{ id: {}, name: {}, region: RegionId({}), population_thousands: {}, members_published: {}, anlaeg_mio_kr: {}, anlaeg_kr_per_citizen: {} }},",
            lit(&c.id), lit(&c.name), region_index(&c.region), c.population_thousands, c.members_published, amount_code(&c.anlaeg_mio_kr), c.anlaeg_kr_per_citizen
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    writeln!(o, "/// The municipalities.\npub static MUNICIPALITIES: &[Municipality] = &[").unwrap();
    for m in &f.municipality {
        writeln!(
            o,
            "    Municipality {{ code: {}, name: {}, council: CouncilId({}), published_votes: {} }},",
            m.code,
            lit(&m.name),
            council_index(&m.council),
            m.votes
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    writeln!(o, "/// The funding pools.\npub static POOLS: &[Pool] = &[").unwrap();
    for p in &f.pool {
        let parts: Vec<String> = p.parts.iter().map(|x| format!("PoolId({})", pool_index(x))).collect();
        let side = match p.side.as_str() {
            "total" => "Side::Total",
            "kommunal" => "Side::Municipal",
            "regional" => "Side::Regional",
            _ => "Side::Capital",
        };
        writeln!(
            o,
            "    Pool {{ id: {}, name_da: {}, name_en: {}, side: {side}, parts: &[{}] }},",
            lit(&p.id),
            lit(&p.name_da),
            lit(&p.name_en),
            parts.join(", ")
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    writeln!(o, "/// Every published figure.\npub static FIGURES: &[Figure] = &[").unwrap();
    for x in &f.figure {
        let price =
            if x.price_level == "not stated" { "None".to_string() } else { format!("Some({})", lit(&x.price_level)) };
        writeln!(
            o,
            "    Figure {{ pool: PoolId({}), source: SourceRef {{ document: DocumentId({}), place: {}, place_en: {} }}, period: {}, amount: {}, price_level: {price}, note_da: {}, note_en: {} }},",
            pool_index(&x.pool), doc_index(&x.edition), lit(&x.place), lit(&x.place_en), period_code(parse_period(&x.period).expect("validated")), amount_code(&x.amount_mio_kr), lit(x.note_da.trim()), lit(x.note_en.trim())
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    o
}
