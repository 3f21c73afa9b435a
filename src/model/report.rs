//! Everything computed for one council: what the widget shows and what
//! `calculate(raad, options)` returns to JS.

use super::edition::{self, Council, CouncilId, Figure, Region, SourceRef, POOLS};
use super::envelope::{self, Anlaeg, Basis, PoolEnvelope};
use super::error::ModelError;
pub use super::options::Options;
use super::value::{obj, Value};
use super::votes::{self, Composition, RegionSeats, VoteBasis};
use rust_decimal::Decimal;

/// The result for one council.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The council's index.
    pub council_id: CouncilId,
    /// The council.
    pub council: &'static Council,
    /// Its region.
    pub region: &'static Region,
    /// Seats and votes.
    pub composition: Composition,
    /// Regional seats the region's councils need.
    pub region_seats: RegionSeats,
    /// Yearly envelopes.
    pub envelopes: Vec<PoolEnvelope>,
    /// Anlæg (fysiske rammer).
    pub anlaeg: Anlaeg,
    /// The options used.
    pub options: Options,
}

/// Computes everything for the council with id `raad`.
pub fn calculate(raad: &str, options: &Options) -> Result<Report, ModelError> {
    let council_id = edition::council_index(raad.trim()).ok_or_else(|| ModelError::UnknownCouncil(raad.to_string()))?;
    calculate_for(council_id, options)
}

/// Computes everything for one council of the edition.
pub fn calculate_for(council_id: CouncilId, options: &Options) -> Result<Report, ModelError> {
    let council = &edition::COUNCILS[council_id.0];
    Ok(Report {
        council_id,
        council,
        region: &edition::REGIONS[council.region.0],
        composition: votes::compose_council(council_id, &options.populations, &options.rule)?,
        region_seats: votes::region_seats(council.region, &options.populations, &options.rule)?,
        envelopes: envelope::envelopes(council_id, options.edition, &options.key, &options.official)?,
        anlaeg: envelope::anlaeg(council_id, options.edition)?,
        options: options.clone(),
    })
}

impl Report {
    /// A share of the council's weighted votes (0..=1), to six decimals,
    /// rounded half up (integer arithmetic: exact and small in the wasm).
    pub fn vote_share(&self, votes: u32) -> Decimal {
        let total = u64::from(self.composition.total_votes.max(1));
        let micro = (u64::from(votes) * 2_000_000 / total).div_ceil(2);
        Decimal::new(micro as i64, 6)
    }

    /// The report as a plain value, for JS. Money is given as strings in
    /// mio. kr. (exact decimals), counts as numbers.
    pub fn to_value(&self) -> Value {
        let c = &self.composition;
        let municipalities = c
            .municipalities
            .iter()
            .map(|m| {
                let (basis, population) = match m.basis {
                    VoteBasis::Published => ("published", Value::Null),
                    VoteBasis::Population(p) => ("population", Value::Number(p as f64)),
                };
                obj(vec![
                    ("code", u32::from(m.code).into()),
                    ("name", m.name.into()),
                    ("votes", m.votes.into()),
                    ("basis", basis.into()),
                    ("population", population),
                    ("voteShare", self.vote_share(m.votes).normalize().to_string().into()),
                ])
            })
            .collect();
        let envelopes = self.envelopes.iter().map(pool_value).collect();
        let rs = &self.region_seats;
        obj(vec![
            (
                "council",
                obj(vec![
                    ("id", self.council.id.into()),
                    ("name", self.council.name.into()),
                    ("region", self.region.name.into()),
                    ("populationThousands", self.council.population_thousands.into()),
                    ("membersPublished", self.council.members_published.into()),
                    ("source", source_value(edition::SOURCES.council_members, None)),
                ]),
            ),
            (
                "members",
                obj(vec![
                    ("municipal", c.municipal_members.into()),
                    ("regional", c.regional_members.into()),
                    ("total", c.total_members.into()),
                ]),
            ),
            (
                "votes",
                obj(vec![
                    ("municipal", c.municipal_votes.into()),
                    ("regional", c.regional_votes.into()),
                    ("total", c.total_votes.into()),
                    ("majorityNeeded", c.majority_needed.into()),
                ]),
            ),
            (
                "regionMajority",
                obj(vec![("heads", c.region_majority_heads.into()), ("votes", c.region_majority_votes.into())]),
            ),
            ("municipalities", Value::Array(municipalities)),
            (
                "regionSeats",
                obj(vec![
                    ("region", self.region.name.into()),
                    ("seatsNeeded", rs.seats_needed.into()),
                    ("regionsraadUdspil", rs.regionsraad_udspil.into()),
                    ("regionsraadLaw", rs.regionsraad_law.into()),
                ]),
            ),
            ("key", self.options.key.id().into()),
            ("envelopes", Value::Array(envelopes)),
            (
                "anlaeg",
                obj(vec![
                    ("published", self.anlaeg.published.to_string().into()),
                    ("krPerCitizen", self.anlaeg.kr_per_citizen.into()),
                    ("scaledToNational", self.anlaeg.scaled.map(|d| d.to_string()).into()),
                    ("source", source_value(edition::SOURCES.council_anlaeg, None)),
                ]),
            ),
        ])
    }
}

fn source_value(s: SourceRef, price_level: Option<&str>) -> Value {
    let d = edition::source_of(s);
    obj(vec![
        ("document", d.title.into()),
        ("edition", d.id.into()),
        ("place", s.place.into()),
        ("priceLevel", price_level.into()),
    ])
}

fn figure_value(f: Option<&'static Figure>) -> (Value, Value) {
    match f {
        Some(f) => (f.amount.decimal().to_string().into(), source_value(f.source, f.price_level)),
        None => (Value::Null, Value::Null),
    }
}

fn pool_value(p: &PoolEnvelope) -> Value {
    let pool = &POOLS[p.pool.0];
    let years = p
        .years
        .iter()
        .map(|y| {
            let (national, source) = figure_value(y.national);
            let basis = match y.basis {
                Basis::Official => "official",
                Basis::Estimate => "estimate",
                Basis::Unpublished => "unpublished",
            };
            obj(vec![
                ("year", u32::from(y.year).into()),
                ("national", national),
                ("source", source),
                ("council", y.council.map(|d| d.to_string()).into()),
                ("basis", basis.into()),
            ])
        })
        .collect();
    obj(vec![("pool", pool.id.into()), ("name", pool.name_da.into()), ("years", Value::Array(years))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vote_shares_round_half_up_to_six_decimals() {
        let r = calculate("fyn", &Options::default()).unwrap(); // 21 votes
        assert_eq!(r.vote_share(2), Decimal::new(95_238, 6)); // 0.0952380…
        assert_eq!(r.vote_share(1), Decimal::new(47_619, 6)); // 0.0476190…
        assert_eq!(r.vote_share(21), Decimal::ONE);
    }

    #[test]
    fn unknown_council_is_an_error() {
        assert_eq!(
            calculate("atlantis", &Options::default()).unwrap_err(),
            ModelError::UnknownCouncil("atlantis".into())
        );
    }

    #[test]
    fn value_has_exact_money_as_strings() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let v = r.to_value();
        assert_eq!(v.get("members").and_then(|m| m.get("total")), Some(&Value::Number(20.0)));
        let Some(Value::Array(envs)) = v.get("envelopes") else { panic!("no envelopes") };
        let Some(Value::Array(years)) = envs[0].get("years") else { panic!("no years") };
        assert!(matches!(years[0].get("council"), Some(Value::String(_))));
        assert_eq!(years[0].get("basis"), Some(&Value::String("estimate".into())));
    }
}
