//! The data edition: regions, councils, municipalities, pools and every
//! published figure, compiled in from `data/edition.toml` by `build.rs`.
//!
//! Every figure can be returned with its [`SourceRef`]: the document and the
//! place in it.
//!
//! ```
//! use sundhedsraad_beregner::model::edition;
//! let fyn = edition::council_by_id("fyn").unwrap();
//! assert_eq!(fyn.members_published, 20);
//! assert_eq!(edition::source_of(edition::SOURCES.council_members).short, "Udspil 2024");
//! ```

use rust_decimal::Decimal;

/// Index of a [`Document`] in [`DOCUMENTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentId(pub usize);
/// Index of a [`Region`] in [`REGIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RegionId(pub usize);
/// Index of a [`Council`] in [`COUNCILS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CouncilId(pub usize);
/// Index of a [`Pool`] in [`POOLS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PoolId(pub usize);

/// An exact decimal as compiled in: `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    mantissa: i64,
    scale: u32,
}

impl Amount {
    /// An amount of `mantissa × 10^-scale`.
    pub const fn new(mantissa: i64, scale: u32) -> Self {
        Self { mantissa, scale }
    }
    /// The amount as a [`Decimal`].
    pub fn decimal(self) -> Decimal {
        Decimal::new(self.mantissa, self.scale)
    }
}

/// A source document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// Stable id, also the id of the edition of figures it publishes.
    pub id: &'static str,
    /// Full title.
    pub title: &'static str,
    /// Who published it, and when.
    pub publisher: &'static str,
    /// Short label for tables.
    pub short: &'static str,
}

/// Where a figure comes from: a document and a place in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceRef {
    /// The document.
    pub document: DocumentId,
    /// The place in it (table, figure, section), in Danish.
    pub place: &'static str,
    /// The same place in English.
    pub place_en: &'static str,
}

/// The source of each column of the tables.
#[derive(Debug, Clone, Copy)]
pub struct ColumnSources {
    /// Regionsråd size in the proposal.
    pub region_regionsraad_udspil: SourceRef,
    /// Regionsråd size in the enacted law.
    pub region_regionsraad_law: SourceRef,
    /// Region population.
    pub region_population: SourceRef,
    /// Support for areas with weak GP coverage, by region.
    pub region_gp_support: SourceRef,
    /// Council population (thousands).
    pub council_population: SourceRef,
    /// Council member count.
    pub council_members: SourceRef,
    /// Council anlæg amount and kr. per citizen.
    pub council_anlaeg: SourceRef,
    /// Which council a municipality belongs to.
    pub municipality_membership: SourceRef,
    /// Kommunekoder.
    pub municipality_code: SourceRef,
    /// A municipality's published vote class.
    pub municipality_votes: SourceRef,
    /// The voting rule.
    pub vote_rule: SourceRef,
}

/// A region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Regionsråd members in the proposal (Figur 8).
    pub regionsraad_udspil: u32,
    /// Regionsråd members in the enacted law (L 214).
    pub regionsraad_law: u32,
    /// Population in millions (Figur 8).
    pub population_millions: Amount,
    /// Share of the national population in per cent (Figur 8).
    pub population_share_pct: u32,
}

/// Support for areas with weak GP coverage in 2025–26 (Forårsaftalen 2025),
/// for one of the five regions of the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GpSupport {
    /// The region of the time, as printed ("Sjælland").
    pub old_region: &'static str,
    /// The new region it belongs to.
    pub region: RegionId,
    /// Mio. kr., as printed.
    pub mio_kr: u32,
    /// Per cent of the split, as printed.
    pub pct: u32,
}

/// A sundhedsråd.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Council {
    /// Stable id as in the embed attribute `raad`.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Its region.
    pub region: RegionId,
    /// Population in thousands (Figur 9).
    pub population_thousands: u32,
    /// Member count (Figur 9).
    pub members_published: u32,
    /// Preliminary anlæg amount in mio. kr. (Figur 20).
    pub anlaeg_mio_kr: Amount,
    /// Anlæg in kr. per citizen (Figur 20).
    pub anlaeg_kr_per_citizen: u32,
}

/// A municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Municipality {
    /// Official kommunekode.
    pub code: u16,
    /// Official name.
    pub name: &'static str,
    /// Its council.
    pub council: CouncilId,
    /// The vote class Figur 9's member counts imply (1 or 2).
    pub published_votes: u32,
}

/// Which side of the economy a pool belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The councils' total.
    Total,
    /// The municipal frame.
    Municipal,
    /// The regional frame.
    Regional,
    /// Capital (anlæg).
    Capital,
}

/// A funding pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pool {
    /// Stable id.
    pub id: &'static str,
    /// Danish name as in the source.
    pub name_da: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// Which side.
    pub side: Side,
    /// Sub-pools the source lists under it.
    pub parts: &'static [PoolId],
}

/// The period a published figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// One year.
    Year(u16),
    /// The total of a span of years, both included.
    Span(u16, u16),
    /// Yearly from this year on.
    From(u16),
}

/// A published figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// Its pool.
    pub pool: PoolId,
    /// Its source; the document is also the edition.
    pub source: SourceRef,
    /// The period it covers.
    pub period: Period,
    /// Mio. kr. as published.
    pub amount: Amount,
    /// Price level when stated.
    pub price_level: Option<&'static str>,
    /// A note for the reader in Danish ("" for none).
    pub note_da: &'static str,
    /// The same note in English.
    pub note_en: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/edition.rs"));

/// The document a source cites.
pub fn source_of(s: SourceRef) -> &'static Document {
    &DOCUMENTS[s.document.0]
}

/// Finds a document (edition) by id.
pub fn document_by_id(id: &str) -> Option<DocumentId> {
    DOCUMENTS.iter().position(|d| d.id == id).map(DocumentId)
}

/// Finds a council by its id (case and surrounding space ignored).
pub fn council_by_id(id: &str) -> Option<&'static Council> {
    council_index(id).map(|i| &COUNCILS[i.0])
}

/// The index of a council by its id, ignoring ASCII case and surrounding
/// space: `?raad=Aarhus` in an address finds `aarhus` (the ids are ASCII).
pub fn council_index(id: &str) -> Option<CouncilId> {
    let id = id.trim();
    COUNCILS.iter().position(|c| c.id.eq_ignore_ascii_case(id)).map(CouncilId)
}

/// Finds a municipality by kommunekode.
pub fn municipality_by_code(code: u16) -> Option<&'static Municipality> {
    MUNICIPALITIES.iter().find(|m| m.code == code)
}

/// The municipalities of a council, in data-file order.
pub fn municipalities_of(council: CouncilId) -> impl Iterator<Item = &'static Municipality> {
    MUNICIPALITIES.iter().filter(move |m| m.council == council)
}

/// The councils of a region.
pub fn councils_of(region: RegionId) -> impl Iterator<Item = (CouncilId, &'static Council)> {
    COUNCILS.iter().enumerate().filter(move |(_, c)| c.region == region).map(|(i, c)| (CouncilId(i), c))
}

/// Finds a pool by id.
pub fn pool_by_id(id: &str) -> Option<PoolId> {
    POOLS.iter().position(|p| p.id == id).map(PoolId)
}

/// The figures one edition published, in data-file order.
pub fn figures_of(edition: DocumentId) -> impl Iterator<Item = &'static Figure> {
    FIGURES.iter().filter(move |f| f.source.document == edition)
}

/// The editions that publish pool figures, oldest first.
pub fn editions() -> Vec<DocumentId> {
    let mut v: Vec<DocumentId> = Vec::new();
    for f in FIGURES {
        if !v.contains(&f.source.document) {
            v.push(f.source.document);
        }
    }
    v
}

/// The published figure for a pool, edition and year, if any.
///
/// A yearly figure for that year wins; else a figure that applies yearly from
/// an earlier year ("fra 2030"). A span total is never returned for a single
/// year: it has no yearly profile. A gap is `None`, never filled.
pub fn yearly_figure(pool: PoolId, edition: DocumentId, year: u16) -> Option<&'static Figure> {
    let mine = || figures_of(edition).filter(move |f| f.pool == pool);
    mine()
        .find(|f| f.period == Period::Year(year))
        .or_else(|| mine().find(|f| matches!(f.period, Period::From(y) if y <= year)))
}

/// The figure for a pool and year from one edition, or with `None` from the
/// latest edition that publishes one (each figure keeps its own source).
pub fn figure_for_year(pool: PoolId, edition: Option<DocumentId>, year: u16) -> Option<&'static Figure> {
    match edition {
        Some(e) => yearly_figure(pool, e, year),
        None => editions().into_iter().rev().find_map(|e| yearly_figure(pool, e, year)),
    }
}

/// The figure for a pool that covers a span of years, if any.
pub fn span_figure(pool: PoolId, edition: DocumentId) -> Option<&'static Figure> {
    figures_of(edition).find(|f| f.pool == pool && matches!(f.period, Period::Span(..)))
}

/// Finds a municipality by its name, or a council by its name or id (case
/// and surrounding space ignored): the council, and the municipality's code
/// when a municipality matched. A name that is both (Aarhus, Horsens) finds
/// the municipality, and so its council too, as every other municipality does.
pub fn find_by_name(name: &str) -> Option<(CouncilId, Option<u16>)> {
    let n = name.trim();
    if let Some(m) = MUNICIPALITIES.iter().find(|m| same_name(m.name, n)) {
        return Some((m.council, Some(m.code)));
    }
    COUNCILS.iter().position(|c| same_name(c.name, n) || c.id == n).map(|i| (CouncilId(i), None))
}

/// The municipality of this name (case and surrounding space ignored).
pub fn municipality_by_name(name: &str) -> Option<&'static Municipality> {
    let n = name.trim();
    MUNICIPALITIES.iter().find(|m| same_name(m.name, n))
}

/// Compares names ignoring case, for the letters of Danish place names
/// (a full Unicode case table would cost the widget 6 KB for no gain).
fn same_name(a: &str, b: &str) -> bool {
    fn fold(c: char) -> char {
        match c {
            'Æ' => 'æ',
            'Ø' => 'ø',
            'Å' => 'å',
            'É' => 'é',
            _ => c.to_ascii_lowercase(),
        }
    }
    a.chars().map(fold).eq(b.chars().map(fold))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_council_or_municipality() {
        let fyn = council_index("fyn").unwrap();
        assert_eq!(find_by_name("fyn"), Some((fyn, None)));
        assert_eq!(find_by_name(" ODENSE "), Some((fyn, Some(461))));
        assert_eq!(find_by_name("Slagelse"), Some((council_index("midt-og-vestsjaelland").unwrap(), Some(330))));
        assert_eq!(find_by_name("Atlantis"), None);
        assert_eq!(find_by_name("Aarhus"), Some((council_index("aarhus").unwrap(), Some(751))));
        assert_eq!(find_by_name("ærø").map(|x| x.1), Some(Some(492)));
        assert_eq!(find_by_name("ØSTSJÆLLAND OG ØERNE").map(|x| x.1), Some(None));
    }

    #[test]
    fn counts_match_the_reform() {
        assert_eq!(REGIONS.len(), 4);
        assert_eq!(COUNCILS.len(), 17);
        assert_eq!(MUNICIPALITIES.len(), 98);
    }

    #[test]
    fn gap_is_not_filled() {
        let ed = document_by_id("inspirationskatalog-2025").unwrap();
        let pool = pool_by_id("investeringsmidler").unwrap();
        assert!(yearly_figure(pool, ed, 2029).is_none());
        assert_eq!(yearly_figure(pool, ed, 2028).unwrap().amount.decimal(), Decimal::new(4980, 1));
        assert_eq!(yearly_figure(pool, ed, 2031).unwrap().amount.decimal(), Decimal::from(1400));
    }

    #[test]
    fn span_figures_are_not_yearly() {
        let ed = document_by_id("udspil-2024").unwrap();
        let pool = pool_by_id("anlaeg_fysiske_rammer").unwrap();
        assert!(yearly_figure(pool, ed, 2027).is_none());
        assert_eq!(span_figure(pool, ed).unwrap().amount.decimal(), Decimal::from(3500));
    }
}
