//! How a council's pools add up (issue 12, "money that adds up on
//! screen"): the councils' total against the municipal frame plus the
//! regional frame, year by year, for the council and nationally, with the
//! difference and the editions each figure comes from. Where "Nyeste for
//! hvert tal" takes the parts and the total from different documents, they
//! need not sum: the difference is computed, never hidden.
//!
//! The other pools of each side (quality standards, demography parts, KL's
//! investeringsmidler) are named by the sources as parts of a frame, not as
//! a partition of it: they are listed under their frame and never summed.
//! Anlæg lies outside the total.
//!
//! ```
//! use sundhedsraad_beregner::model::reconcile::reconcile;
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! let r = calculate("fyn", &Options::default()).unwrap();
//! let rec = reconcile(&r);
//! assert_eq!(rec.years.len(), 5);
//! ```

use super::edition::{self, DocumentId, PoolId, Side, POOLS};
use super::envelope::{PoolEnvelope, YearAmount};
use super::report::Report;
use rust_decimal::Decimal;

/// One figure: the council's amount and the national figure, with the
/// national figure's document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// The council's amount, mio. kr.
    pub council: Option<Decimal>,
    /// The national figure, mio. kr.
    pub national: Option<Decimal>,
    /// The document of the national figure.
    pub document: Option<DocumentId>,
}

/// One year of the total against its two frames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    /// The year.
    pub year: u16,
    /// The councils' total.
    pub total: Figure,
    /// The municipal frame.
    pub municipal: Figure,
    /// The regional frame.
    pub regional: Figure,
}

impl Year {
    /// Municipal + regional frame for the council, when both are there.
    pub fn council_parts(&self) -> Option<Decimal> {
        Some(self.municipal.council? + self.regional.council?)
    }

    /// Total − (municipal + regional) for the council. Each pool is split among
    /// the councils to the krone on its own, so even figures from one document
    /// may differ here by a krone per pool: [`Year::rounding_only`].
    pub fn council_difference(&self) -> Option<Decimal> {
        Some(self.total.council? - self.council_parts()?)
    }

    /// Municipal + regional frame nationally.
    pub fn national_parts(&self) -> Option<Decimal> {
        Some(self.municipal.national? + self.regional.national?)
    }

    /// Total − (municipal + regional) nationally.
    pub fn national_difference(&self) -> Option<Decimal> {
        Some(self.total.national? - self.national_parts()?)
    }

    /// The council's difference is no more than the splitting's rounding (a
    /// krone per pool) and the national figures add up.
    pub fn rounding_only(&self) -> bool {
        self.national_difference() == Some(Decimal::ZERO)
            && self.council_difference().is_some_and(|d| d.abs() <= Decimal::new(2, 6))
    }

    /// The three figures come from more than one document.
    pub fn mixed_editions(&self) -> bool {
        let docs: Vec<DocumentId> =
            [self.total, self.municipal, self.regional].iter().filter_map(|f| f.document).collect();
        docs.windows(2).any(|w| w[0] != w[1])
    }
}

/// A council's total and frames, year by year, and the pools listed under
/// each frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reconciliation {
    /// The years of the envelopes.
    pub years: Vec<Year>,
    /// Pools of the municipal side other than the frame, with figures.
    pub municipal_parts: Vec<PoolId>,
    /// Pools of the regional side other than the frame, with figures.
    pub regional_parts: Vec<PoolId>,
}

/// Year `year` of an envelope, if there is one.
fn year_of(e: Option<&PoolEnvelope>, year: u16) -> Option<&YearAmount> {
    e.and_then(|e| e.years.iter().find(|y| y.year == year))
}

fn figure(y: Option<&YearAmount>) -> Figure {
    Figure {
        council: y.and_then(|y| y.council),
        national: y.and_then(|y| y.national).map(|f| f.amount.decimal()),
        document: y.and_then(|y| y.national).map(|f| f.source.document),
    }
}

/// The report's total against its frames.
pub fn reconcile(r: &Report) -> Reconciliation {
    let by_id = |id: &str| -> Option<&PoolEnvelope> {
        let pool = edition::pool_by_id(id)?;
        r.envelopes.iter().find(|e| e.pool == pool)
    };
    let (total, municipal, regional) = (by_id("sundhedsraad_total"), by_id("kommunal_ramme"), by_id("regional_ramme"));
    let years = super::envelope::YEARS
        .map(|year| Year {
            year,
            total: figure(year_of(total, year)),
            municipal: figure(year_of(municipal, year)),
            regional: figure(year_of(regional, year)),
        })
        .collect();
    let frames: Vec<PoolId> = ["sundhedsraad_total", "kommunal_ramme", "regional_ramme"]
        .iter()
        .filter_map(|id| edition::pool_by_id(id))
        .collect();
    let parts = |side: Side| {
        r.envelopes.iter().map(|e| e.pool).filter(|p| !frames.contains(p) && POOLS[p.0].side == side).collect()
    };
    Reconciliation { years, municipal_parts: parts(Side::Municipal), regional_parts: parts(Side::Regional) }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::edition::document_by_id;
    use crate::model::report::{calculate, Options};

    #[test]
    fn one_edition_adds_up_and_mixed_editions_show_their_difference() {
        // Udspil 2024 alone: Tabel 1's parts sum to the total in 2027 (575 + 490 = 1,065).
        let udspil = Options { edition: document_by_id("udspil-2024"), ..Options::default() };
        let rec = reconcile(&calculate("fyn", &udspil).unwrap());
        let y2027 = &rec.years[0];
        assert_eq!(y2027.national_parts(), Some(Decimal::from(1065)));
        assert_eq!(y2027.national_difference(), Some(Decimal::ZERO));
        assert!(!y2027.mixed_editions());
        // Each pool is split among the 17 to the krone on its own: the council's parts may then
        // differ from its total by a krone or so, never more than one krone per pool.
        let d = y2027.council_difference().unwrap().abs();
        assert!(d <= Decimal::new(2, 6), "{d}");
        // The newest figure for each: nationally 600 (Forårsaftale) + 490 (udspil) against 1,065.
        let rec = reconcile(&calculate("fyn", &Options::default()).unwrap());
        let y2027 = &rec.years[0];
        assert!(y2027.mixed_editions());
        assert_eq!(y2027.national_parts(), Some(Decimal::from(1090)));
        assert_eq!(y2027.national_difference(), Some(Decimal::from(-25)));
        assert_ne!(y2027.council_difference(), Some(Decimal::ZERO));
    }

    #[test]
    fn the_other_pools_are_listed_under_their_frame() {
        let rec = reconcile(&calculate("fyn", &Options::default()).unwrap());
        let ids = |v: &[PoolId]| v.iter().map(|p| POOLS[p.0].id).collect::<Vec<_>>();
        assert!(ids(&rec.municipal_parts).contains(&"kvalitetsstandarder"));
        assert!(!ids(&rec.municipal_parts).contains(&"kommunal_ramme"));
        assert!(rec.regional_parts.iter().all(|p| POOLS[p.0].side == Side::Regional));
    }
}
