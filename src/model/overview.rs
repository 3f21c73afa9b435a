//! The overview of all 17 councils and the 4 regions (issue 8): one row per
//! council, grouped by region with region subtotals and a national total.
//!
//! Every row is computed through the same call as the council view
//! ([`calculate_for`]), so the overview and a council's own page can never
//! disagree. Published figures (Figur 9's members and population, Figur 20's
//! anlæg, Figur 8's regions) stand beside the computed ones, as published.
//!
//! The envelope column is one pool in one year, estimated from the national
//! figure by the options' key. Official amounts an embedding page supplies
//! belong to the one council it shows, so the overview leaves them out: every
//! amount in it is an estimate (or empty where no national figure exists).
//!
//! ```
//! use sundhedsraad_beregner::model::edition::pool_by_id;
//! use sundhedsraad_beregner::model::overview::{overview, sorted, Column};
//! use sundhedsraad_beregner::model::report::Options;
//! let pool = pool_by_id("sundhedsraad_total").unwrap();
//! let o = overview(&Options::default(), pool, 2028).unwrap();
//! assert_eq!(o.total.municipalities, 98);
//! let by_members = sorted(o.rows(), Column::Members, true);
//! // Fyn and Østsjælland og øerne both have 20 members: ties go by name.
//! assert_eq!((by_members[0].name, by_members[0].members), ("Fyn", 20));
//! assert_eq!(by_members[1].name, "Østsjælland og øerne");
//! ```

use super::edition::{self, CouncilId, DocumentId, Figure, PoolId, RegionId, Side, POOLS, REGIONS};
use super::envelope::{Basis, Key, YEARS};
use super::error::ModelError;
use super::report::{calculate_for, Options, Report};
use super::votes::{self, RegionSeats, VoteRule};
use super::what_if::{self, Membership, WhatIf};
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// One council in the overview.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The council's index.
    pub council: CouncilId,
    /// Stable id (as in `?raad=`).
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Its region.
    pub region: RegionId,
    /// Number of municipalities (one member each).
    pub municipalities: u32,
    /// Municipalities with more votes than the rule's first tier gives (2
    /// votes under the published rule; none when every tier has the same
    /// votes).
    pub two_vote: u32,
    /// Sum of municipal votes.
    pub municipal_votes: u32,
    /// Regional members (computed).
    pub regional_members: u32,
    /// All members (computed).
    pub members: u32,
    /// Members as published in Figur 9.
    pub members_published: u32,
    /// All weighted votes (computed).
    pub weighted_votes: u32,
    /// Population in thousands as published in Figur 9.
    pub population_thousands: u32,
    /// Anlæg 2027–2031 as published in Figur 20, mio. kr.
    pub anlaeg: Decimal,
    /// Anlæg in kr. per citizen as published in Figur 20.
    pub anlaeg_per_citizen: u32,
    /// The estimated envelope for the chosen pool and year, mio. kr.; `None`
    /// where the sources publish no national figure.
    pub envelope: Option<Decimal>,
    /// How the envelope was found ([`Basis::Estimate`] or
    /// [`Basis::Unpublished`]).
    pub envelope_basis: Basis,
}

/// Sums over a group of councils (a region or the whole country).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Totals {
    /// Councils counted.
    pub councils: u32,
    /// Municipalities.
    pub municipalities: u32,
    /// Municipalities above the first tier (two-vote under the published rule).
    pub two_vote: u32,
    /// Municipal votes.
    pub municipal_votes: u32,
    /// Regional members (the regional seats the councils need).
    pub regional_members: u32,
    /// Members (computed).
    pub members: u32,
    /// Members as published in Figur 9.
    pub members_published: u32,
    /// Weighted votes.
    pub weighted_votes: u32,
    /// Figur 9's populations summed, thousands.
    pub population_thousands: u32,
    /// Figur 20's anlæg amounts summed, mio. kr. (the published amounts are
    /// rounded, so the national sum is 3,480, not the pool's 3,500).
    pub anlaeg: Decimal,
    /// The envelopes summed, mio. kr.; `None` when no council has one.
    pub envelope: Option<Decimal>,
}

impl Totals {
    /// Adds one council's row.
    fn add_row(&mut self, r: &Row) {
        self.councils += 1;
        self.municipalities += r.municipalities;
        self.two_vote += r.two_vote;
        self.municipal_votes += r.municipal_votes;
        self.regional_members += r.regional_members;
        self.members += r.members;
        self.members_published += r.members_published;
        self.weighted_votes += r.weighted_votes;
        self.population_thousands += r.population_thousands;
        self.anlaeg += r.anlaeg;
        self.envelope = add_opt(self.envelope, r.envelope);
    }

    /// Adds another group's totals.
    fn add(&mut self, t: &Totals) {
        self.councils += t.councils;
        self.municipalities += t.municipalities;
        self.two_vote += t.two_vote;
        self.municipal_votes += t.municipal_votes;
        self.regional_members += t.regional_members;
        self.members += t.members;
        self.members_published += t.members_published;
        self.weighted_votes += t.weighted_votes;
        self.population_thousands += t.population_thousands;
        self.anlaeg += t.anlaeg;
        self.envelope = add_opt(self.envelope, t.envelope);
    }
}

/// A sum that stays `None` until some amount exists.
fn add_opt(a: Option<Decimal>, b: Option<Decimal>) -> Option<Decimal> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a + b),
        (a, None) => a,
        (None, b) => b,
    }
}

/// One region: its councils, their subtotal, and the regional seats they
/// need against the regionsråd's size.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionGroup {
    /// The region's index.
    pub region: RegionId,
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Its councils, in data-edition order.
    pub rows: Vec<Row>,
    /// Sums over its councils.
    pub subtotal: Totals,
    /// Regional seats needed, and the regionsråd's size in the proposal
    /// (Figur 8) and the law (L 214).
    pub seats: RegionSeats,
    /// The seats needed exceed the regionsråd's size (in the proposal or
    /// the law): some members must sit on more than one council. The
    /// sources do not settle how (DOMAIN.md §3).
    pub exceeds_regionsraad: bool,
    /// Population in millions as published in Figur 8.
    pub population_millions: Decimal,
    /// Share of the national population in per cent (Figur 8).
    pub population_share_pct: u32,
}

/// The overview of all councils for one pool and year.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// The pool of the envelope column.
    pub pool: PoolId,
    /// The year of the envelope column.
    pub year: u16,
    /// The key the envelopes are estimated by.
    pub key: Key,
    /// The edition of the national figures (`None`: the latest for each).
    pub edition: Option<DocumentId>,
    /// The voting rule the seats are computed by.
    pub rule: VoteRule,
    /// The national figure the envelopes share out, with its source.
    pub national: Option<&'static Figure>,
    /// The national total of Figur 20's anlæg pool, with its source.
    pub anlaeg_national: Option<&'static Figure>,
    /// The four regions, in data-edition order.
    pub regions: Vec<RegionGroup>,
    /// Sums over the whole country.
    pub total: Totals,
    /// The rule in force against the published one (issue 9): what the
    /// overview shows beside its figures.
    pub against_published: AgainstPublished,
}

/// The rule in force against the published one, for the overview: every
/// council and region under both, or why the other rule could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum AgainstPublished {
    /// The published rule is in force: nothing to compare.
    Published,
    /// Another rule is in force: every council and region under it (the
    /// overview's figures) and under the published rule, with the same
    /// populations ([`what_if::compare`]).
    Other(WhatIf),
    /// Another rule is in force, but it cannot place these municipalities
    /// (kommunekoder) without a population: the overview's figures are the
    /// published rule's until they are given ([`overview_or_published`]).
    NeedsPopulations {
        /// The rule in force that could not be used.
        rule: VoteRule,
        /// The municipalities it cannot place, as the model names them.
        codes: Vec<u16>,
    },
}

impl AgainstPublished {
    /// The comparison, when another rule could be used.
    pub fn what_if(&self) -> Option<&WhatIf> {
        match self {
            AgainstPublished::Other(w) => Some(w),
            _ => None,
        }
    }

    /// The rule in force is not the published one (whether or not it could be used).
    pub fn is_other(&self) -> bool {
        !matches!(self, AgainstPublished::Published)
    }
}

impl Overview {
    /// Every council's row, region by region.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.regions.iter().flat_map(|g| g.rows.iter())
    }
}

/// The pools with a yearly figure in some edition (the envelope column's
/// choices), in data-edition order.
pub fn yearly_pools() -> Vec<PoolId> {
    (0..POOLS.len())
        .map(PoolId)
        .filter(|&p| POOLS[p.0].side != Side::Capital)
        .filter(|&p| YEARS.into_iter().any(|y| edition::figure_for_year(p, None, y).is_some()))
        .collect()
}

/// Computes the overview: every council through [`calculate_for`] with
/// `options` (less its official amounts, which belong to one council), and
/// the envelope of `pool` in `year`.
pub fn overview(options: &Options, pool: PoolId, year: u16) -> Result<Overview, ModelError> {
    if pool.0 >= POOLS.len() {
        return Err(ModelError::UnknownPool(pool.0.to_string()));
    }
    if !YEARS.contains(&year) {
        return Err(ModelError::YearOutOfRange(i64::from(year)));
    }
    let options = Options { official: Vec::new(), ..options.clone() };
    let mut regions = Vec::with_capacity(REGIONS.len());
    let mut total = Totals::default();
    let mut anlaeg_national = None;
    for i in 0..REGIONS.len() {
        let mut rows = Vec::new();
        for (id, _) in edition::councils_of(RegionId(i)) {
            let report = calculate_for(id, &options)?;
            anlaeg_national = report.anlaeg.national;
            rows.push(row(&report, pool, year));
        }
        let seats = votes::region_seats(RegionId(i), &options.populations, &options.rule)?;
        let group = region_group(RegionId(i), rows, seats);
        total.add(&group.subtotal);
        regions.push(group);
    }
    let against_published = if options.rule == VoteRule::default() {
        AgainstPublished::Published
    } else {
        AgainstPublished::Other(what_if::compare(&options.populations, &options.rule, &Membership::default())?)
    };
    Ok(Overview {
        pool,
        year,
        key: options.key.clone(),
        edition: options.edition,
        rule: options.rule.clone(),
        national: edition::figure_for_year(pool, options.edition, year),
        anlaeg_national,
        regions,
        total,
        against_published,
    })
}

/// The overview as a view shows it ([`overview`]), except that a rule that
/// cannot place some municipalities without a population gives the
/// published rule's figures, with those municipalities named
/// ([`AgainstPublished::NeedsPopulations`]), as the council view does:
/// nothing silently keeps a published vote class under another rule.
///
/// # Errors
/// As [`overview`], less [`ModelError::PopulationsNeeded`].
pub fn overview_or_published(options: &Options, pool: PoolId, year: u16) -> Result<Overview, ModelError> {
    match overview(options, pool, year) {
        Err(ModelError::PopulationsNeeded(first)) => {
            // Every municipality of the country the rule cannot place, as
            // the rule panel names them (the overview stops at the first council).
            let codes = match what_if::compare(&options.populations, &options.rule, &Membership::default()) {
                Err(ModelError::PopulationsNeeded(all)) => all,
                _ => first,
            };
            let published = Options { rule: VoteRule::default(), ..options.clone() };
            let mut o = overview(&published, pool, year)?;
            o.against_published = AgainstPublished::NeedsPopulations { rule: options.rule.clone(), codes };
            Ok(o)
        }
        other => other,
    }
}

/// One council's row from its report.
fn row(r: &Report, pool: PoolId, year: u16) -> Row {
    let k = &r.composition;
    let rule = &r.options.rule;
    let first = rule.tiers.first().map_or(0, |t| t.votes);
    let upper = |votes: u32| votes > first;
    let amount = r.envelopes.iter().find(|e| e.pool == pool).and_then(|e| e.years.iter().find(|y| y.year == year));
    Row {
        council: r.council_id,
        id: r.council.id,
        name: r.council.name,
        region: r.council.region,
        municipalities: k.municipal_members,
        two_vote: k.municipalities.iter().filter(|m| upper(m.votes)).count() as u32,
        municipal_votes: k.municipal_votes,
        regional_members: k.regional_members,
        members: k.total_members,
        members_published: r.council.members_published,
        weighted_votes: k.total_votes,
        population_thousands: r.council.population_thousands,
        anlaeg: r.anlaeg.published,
        anlaeg_per_citizen: r.anlaeg.kr_per_citizen,
        envelope: amount.and_then(|y| y.council),
        envelope_basis: amount.map_or(Basis::Unpublished, |y| y.basis),
    }
}

/// A region's group from its councils' rows.
fn region_group(region: RegionId, rows: Vec<Row>, seats: RegionSeats) -> RegionGroup {
    let r = &REGIONS[region.0];
    let mut subtotal = Totals::default();
    rows.iter().for_each(|row| subtotal.add_row(row));
    RegionGroup {
        region,
        id: r.id,
        name: r.name,
        exceeds_regionsraad: seats.seats_needed > seats.regionsraad_udspil.min(seats.regionsraad_law),
        rows,
        subtotal,
        seats,
        population_millions: r.population_millions.decimal(),
        population_share_pct: r.population_share_pct,
    }
}

/// A column of the overview the reader can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Council name (grouped by region).
    Name,
    /// Number of municipalities.
    Municipalities,
    /// Two-vote municipalities.
    TwoVote,
    /// Municipal votes.
    MunicipalVotes,
    /// Regional members.
    RegionalMembers,
    /// All members (computed).
    Members,
    /// Weighted votes.
    WeightedVotes,
    /// Population (Figur 9).
    Population,
    /// Anlæg (Figur 20).
    Anlaeg,
    /// Anlæg per citizen (Figur 20).
    AnlaegPerCitizen,
    /// The estimated envelope.
    Envelope,
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 11] = [
        Column::Name,
        Column::Municipalities,
        Column::TwoVote,
        Column::MunicipalVotes,
        Column::RegionalMembers,
        Column::Members,
        Column::WeightedVotes,
        Column::Population,
        Column::Anlaeg,
        Column::AnlaegPerCitizen,
        Column::Envelope,
    ];

    /// Stable lowercase id, as in `data-sort` ("members", "two_vote", …).
    pub fn id(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Municipalities => "municipalities",
            Column::TwoVote => "two_vote",
            Column::MunicipalVotes => "municipal_votes",
            Column::RegionalMembers => "regional_members",
            Column::Members => "members",
            Column::WeightedVotes => "weighted_votes",
            Column::Population => "population",
            Column::Anlaeg => "anlaeg",
            Column::AnlaegPerCitizen => "anlaeg_per_citizen",
            Column::Envelope => "envelope",
        }
    }

    /// The column with this id (ASCII case and surrounding space ignored).
    pub fn parse(s: &str) -> Option<Column> {
        let s = s.trim();
        Column::ALL.into_iter().find(|c| c.id().eq_ignore_ascii_case(s))
    }

    /// A row's value in this numeric column; `None` for [`Column::Name`] and
    /// for a missing envelope.
    pub fn value(self, r: &Row) -> Option<Decimal> {
        let n = |v: u32| Some(Decimal::from(v));
        match self {
            Column::Name => None,
            Column::Municipalities => n(r.municipalities),
            Column::TwoVote => n(r.two_vote),
            Column::MunicipalVotes => n(r.municipal_votes),
            Column::RegionalMembers => n(r.regional_members),
            Column::Members => n(r.members),
            Column::WeightedVotes => n(r.weighted_votes),
            Column::Population => n(r.population_thousands),
            Column::Anlaeg => Some(r.anlaeg),
            Column::AnlaegPerCitizen => n(r.anlaeg_per_citizen),
            Column::Envelope => r.envelope,
        }
    }
}

/// A name's key in Danish alphabetical order: case ignored, æ, ø and å after
/// z ("Aa" is not read as "Å": the councils are sorted as spelled).
fn danish_key(name: &str) -> Vec<char> {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' => '\u{7b}',
            'ø' => '\u{7c}',
            'å' => '\u{7d}',
            'é' => 'e',
            c => c,
        })
        .collect()
}

/// Compares two names in Danish alphabetical order.
pub fn compare_names(a: &str, b: &str) -> Ordering {
    danish_key(a).cmp(&danish_key(b))
}

/// The rows sorted by `column`, ascending or `descending`; stable, ties by
/// name (A–Å), rows without a value last in either direction.
pub fn sorted<'a>(rows: impl IntoIterator<Item = &'a Row>, column: Column, descending: bool) -> Vec<&'a Row> {
    let mut v: Vec<&Row> = rows.into_iter().collect();
    v.sort_by(|a, b| {
        let by_name = compare_names(a.name, b.name);
        let order = match (column.value(a), column.value(b)) {
            _ if column == Column::Name => by_name,
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => return Ordering::Less,
            (None, Some(_)) => return Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let order = if descending { order.reverse() } else { order };
        order.then(by_name)
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edition::{document_by_id, pool_by_id, COUNCILS};
    use crate::model::report::calculate;

    fn total_2028() -> Overview {
        overview(&Options::default(), pool_by_id("sundhedsraad_total").unwrap(), 2028).unwrap()
    }

    #[test]
    fn seventeen_rows_and_98_municipalities() {
        let o = total_2028();
        assert_eq!(o.rows().count(), 17);
        assert_eq!(o.total.councils, 17);
        assert_eq!(o.total.municipalities, 98);
        assert_eq!(o.total.two_vote, 16, "DOMAIN.md §3: Figur 9 implies 16 two-vote municipalities");
        assert_eq!(o.regions.len(), 4);
    }

    #[test]
    fn computed_members_equal_figur_9_for_all_17() {
        for r in total_2028().rows() {
            assert_eq!(r.members, r.members_published, "{}", r.name);
        }
    }

    #[test]
    fn region_seats_are_14_30_30_57() {
        let o = total_2028();
        let needed: Vec<u32> = o.regions.iter().map(|g| g.seats.seats_needed).collect();
        assert_eq!(needed, [14, 30, 30, 57]);
        let sizes: Vec<(u32, u32)> =
            o.regions.iter().map(|g| (g.seats.regionsraad_udspil, g.seats.regionsraad_law)).collect();
        assert_eq!(sizes, [(25, 25), (31, 31), (31, 31), (41, 47)]);
        let flags: Vec<bool> = o.regions.iter().map(|g| g.exceeds_regionsraad).collect();
        assert_eq!(flags, [false, false, false, true], "only Østdanmark");
        for g in &o.regions {
            assert_eq!(g.subtotal.regional_members, g.seats.seats_needed, "{}", g.name);
        }
    }

    #[test]
    fn every_row_equals_the_council_view() {
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        let o = total_2028();
        for row in o.rows() {
            let r = calculate(row.id, &Options::default()).unwrap();
            let k = &r.composition;
            assert_eq!(
                (row.municipalities, row.municipal_votes, row.regional_members, row.members, row.weighted_votes),
                (k.municipal_members, k.municipal_votes, k.regional_members, k.total_members, k.total_votes)
            );
            assert_eq!(row.two_vote as usize, k.municipalities.iter().filter(|m| m.votes == 2).count());
            assert_eq!((row.anlaeg, row.anlaeg_per_citizen), (r.anlaeg.published, r.anlaeg.kr_per_citizen));
            assert_eq!(row.population_thousands, r.council.population_thousands);
            let y = r.envelopes.iter().find(|e| e.pool == pool).unwrap().years.iter().find(|y| y.year == 2028);
            assert_eq!(row.envelope, y.unwrap().council);
            assert_eq!(row.envelope_basis, Basis::Estimate);
            assert_eq!(COUNCILS[row.council.0].id, row.id);
        }
    }

    #[test]
    fn national_totals_are_the_sums_of_region_subtotals() {
        let o = total_2028();
        let mut sum = Totals::default();
        o.regions.iter().for_each(|g| sum.add(&g.subtotal));
        assert_eq!(sum, o.total);
        let rows: u32 = o.rows().map(|r| r.members).sum();
        assert_eq!(rows, o.total.members);
        assert_eq!(o.total.anlaeg, Decimal::from(3480), "Figur 20 as published sums to 3,480");
        assert_eq!(o.total.envelope, o.national.map(|f| f.amount.decimal()), "estimates sum to the national figure");
    }

    #[test]
    fn a_year_without_a_figure_has_no_envelopes() {
        let ed = document_by_id("udspil-2024");
        let o =
            overview(&Options { edition: ed, ..Options::default() }, pool_by_id("sundhedsraad_total").unwrap(), 2031)
                .unwrap();
        assert!(o.national.is_none());
        assert!(o.rows().all(|r| r.envelope.is_none() && r.envelope_basis == Basis::Unpublished));
        assert_eq!(o.total.envelope, None);
        assert!(overview(&Options::default(), PoolId(999), 2028).is_err());
        assert_eq!(overview(&Options::default(), PoolId(0), 2026).unwrap_err(), ModelError::YearOutOfRange(2026));
    }

    #[test]
    fn official_amounts_of_one_council_are_left_out() {
        use crate::model::envelope::OfficialAmount;
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        let official = vec![OfficialAmount { pool, year: 2028, amount: Decimal::ONE }];
        let o = overview(&Options { official, ..Options::default() }, pool, 2028).unwrap();
        assert_eq!(o, total_2028());
    }

    #[test]
    fn column_ids_round_trip() {
        for c in Column::ALL {
            assert_eq!(Column::parse(c.id()), Some(c));
            assert_eq!(c.id(), c.id().to_ascii_lowercase());
        }
        assert_eq!(Column::parse(" Members "), Some(Column::Members));
        assert_eq!(Column::parse("nope"), None);
    }

    #[test]
    fn sorting_by_each_column_is_monotone_with_ties_by_name() {
        let o = total_2028();
        for c in Column::ALL {
            for descending in [false, true] {
                let v = sorted(o.rows(), c, descending);
                assert_eq!(v.len(), 17);
                for w in v.windows(2) {
                    let (a, b) = (w[0], w[1]);
                    let ord = match c {
                        Column::Name => compare_names(a.name, b.name),
                        _ => c.value(a).cmp(&c.value(b)),
                    };
                    let ord = if descending { ord.reverse() } else { ord };
                    assert_ne!(ord, Ordering::Greater, "{c:?} {descending}: {} before {}", a.name, b.name);
                    if ord == Ordering::Equal {
                        assert_ne!(compare_names(a.name, b.name), Ordering::Greater, "tie by name");
                    }
                }
            }
        }
    }

    #[test]
    fn missing_values_sort_last_both_ways() {
        let o = total_2028();
        let mut rows: Vec<Row> = o.rows().cloned().collect();
        rows[0].envelope = None;
        for descending in [false, true] {
            let v = sorted(&rows, Column::Envelope, descending);
            assert_eq!(v[16].id, rows[0].id);
        }
    }

    #[test]
    fn danish_alphabet_puts_oe_last() {
        let names: Vec<&str> = sorted(total_2028().rows(), Column::Name, false).iter().map(|r| r.name).collect();
        assert_eq!(names.last(), Some(&"Østsjælland og øerne"));
        assert_eq!(names.first(), Some(&"Aarhus"));
        assert_eq!(compare_names("Sønderjylland", "Sydvestjylland"), Ordering::Greater);
    }

    #[test]
    fn yearly_pools_leave_out_anlaeg() {
        let pools = yearly_pools();
        assert!(pools.contains(&pool_by_id("sundhedsraad_total").unwrap()));
        assert!(!pools.contains(&pool_by_id("anlaeg_fysiske_rammer").unwrap()));
    }

    #[test]
    fn above_the_first_tier_counts_every_municipality_with_more_votes() {
        use crate::model::votes::{Populations, Tier};
        // Three tiers; every "80,000 or more" municipality given a population
        // (Aarhus 360,000 → 3 votes, the other 15 at 100,000 → 2).
        let tiers = vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 2 }, Tier { from: 200_000, votes: 3 }];
        let populations: Populations = edition::MUNICIPALITIES
            .iter()
            .filter(|m| m.published_votes == 2)
            .map(|m| (m.code, if m.code == 751 { 360_000 } else { 100_000 }))
            .collect();
        let options = Options { rule: VoteRule { tiers, ..VoteRule::default() }, populations, ..Options::default() };
        let o = overview(&options, pool_by_id("sundhedsraad_total").unwrap(), 2028).unwrap();
        assert_eq!(o.total.two_vote, 16, "all 16 have more votes than the first tier");
        let aarhus = o.rows().find(|r| r.id == "aarhus").unwrap();
        // Aarhus (3 votes) and Samsø (1): n = 2, V = 4, R = max(2, 4) + 1 = 5.
        assert_eq!((aarhus.two_vote, aarhus.municipal_votes, aarhus.regional_members), (1, 4, 5));
        assert_eq!(o.rule.upper_votes(), None);
        // One tier: nobody is above it.
        let flat = Options {
            rule: VoteRule { tiers: vec![Tier { from: 0, votes: 1 }], ..VoteRule::default() },
            ..Options::default()
        };
        let o = overview(&flat, pool_by_id("sundhedsraad_total").unwrap(), 2028).unwrap();
        assert_eq!(o.total.two_vote, 0);
    }

    /// The published rule with its second tier at 3 votes (`{from: 80000, votes: 3}`).
    fn three_votes() -> VoteRule {
        use crate::model::votes::Tier;
        VoteRule { tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 80_000, votes: 3 }], ..VoteRule::default() }
    }

    #[test]
    fn another_rule_is_compared_with_the_published_one() {
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        assert_eq!(total_2028().against_published, AgainstPublished::Published);
        let o = overview(&Options { rule: three_votes(), ..Options::default() }, pool, 2028).unwrap();
        let w = o.against_published.what_if().expect("compared");
        // Fyn: Odense 2 → 3 votes; V = 11, R = 12 (published 11), N = 21.
        let fyn = o.rows().find(|r| r.id == "fyn").unwrap();
        assert_eq!((fyn.municipal_votes, fyn.regional_members, fyn.members), (11, 12, 21));
        let c = w.council(fyn.council).unwrap();
        assert_eq!((c.published.regional_members, c.what_if.regional_members), (11, 12));
        // The regions under the other rule are the overview's own seats.
        for (g, r) in o.regions.iter().zip(&w.regions) {
            assert_eq!((g.seats.seats_needed, r.what_if), (r.what_if, g.subtotal.regional_members));
        }
        assert_eq!(w.regions.iter().map(|r| r.published).collect::<Vec<_>>(), vec![14, 30, 30, 57]);
    }

    #[test]
    fn a_rule_that_needs_populations_gives_the_published_figures_and_names_them() {
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        use crate::model::votes::Tier;
        // A tier from 50,000 splits the class "under 80,000".
        let rule = VoteRule {
            tiers: vec![Tier { from: 0, votes: 1 }, Tier { from: 50_000, votes: 2 }],
            ..VoteRule::default()
        };
        let options = Options { rule: rule.clone(), ..Options::default() };
        assert!(matches!(overview(&options, pool, 2028), Err(ModelError::PopulationsNeeded(_))));
        let o = overview_or_published(&options, pool, 2028).unwrap();
        let AgainstPublished::NeedsPopulations { rule: given, codes } = &o.against_published else {
            panic!("{:?}", o.against_published)
        };
        assert_eq!(given, &rule);
        assert!(codes.contains(&420), "Assens (1 vote, under 80,000) is named");
        assert_eq!(codes.len(), 82, "every one-vote municipality of the country (98 − 16)");
        assert_eq!(o.rule, VoteRule::default());
        assert_eq!(o.total.members, total_2028().total.members, "the published figures meanwhile");
        // A rule that places every class is used as it is.
        let three = Options { rule: three_votes(), ..Options::default() };
        assert_eq!(overview_or_published(&three, pool, 2028), overview(&three, pool, 2028));
    }
}
