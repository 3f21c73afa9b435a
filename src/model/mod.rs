//! The pure core: the data edition, seats and weighted votes, and money.
//!
//! Nothing here knows about the browser; everything is tested natively, with
//! the source documents' own tables as a conformance suite (`tests/`).
//!
//! # The rules, in brief
//! A sundhedsråd has one member per municipality in its area and members from
//! the regionsråd. A municipality under 80,000 inhabitants has 1 vote, at or
//! above 80,000 it has 2 (the sources say "under" and "over"; exactly 80,000
//! counts as 2 here). Each regional member has 1 vote, and the region holds a
//! majority of heads and of weighted votes: with `n` municipalities whose
//! votes sum to `V`, the region has `R = max(n, V) + 1` members. Municipal
//! populations are not published, so a municipality's votes come from the
//! vote class that Figur 9's member counts imply, unless a population is
//! supplied. A reader or a page may try another rule ([`votes::VoteRule`]):
//! vote tiers, a regional member's weight, and what the region must hold.
//!
//! The money comes as national pools year by year (udspil 2024 Tabel 1, the
//! Forårsaftale 2025, KL's catalogue). How the pools are distributed among
//! councils is not published, so a council's share is an estimate from a
//! stated key. Every split is exact to the krone (see [`money`]).
//!
//! # Worked example: Sønderjylland
//! Four municipalities (Sønderborg, Tønder, Haderslev, Aabenraa), each under
//! 80,000 in the data behind Figur 9: `n = 4`, `V = 4`, so `R = 5`, 9 members
//! and 9 weighted votes, of which 5 are needed for a majority. Figur 9
//! publishes 9 members.
//!
//! ```
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! let r = calculate("soenderjylland", &Options::default()).unwrap();
//! assert_eq!(r.composition.total_members, 9);
//! assert_eq!(r.composition.regional_members, 5);
//! assert_eq!(r.composition.majority_needed, 5);
//! assert_eq!(r.council.members_published, 9);
//! ```

pub mod contract;
pub mod edition;
pub mod envelope;
pub mod error;
pub mod money;
pub mod motion;
pub mod municipality_money;
pub mod options;
pub mod overview;
pub mod population_file;
pub mod power;
pub mod power_summary;
pub mod reconcile;
pub mod report;
pub mod rule_form;
pub mod search;
pub mod votes;
pub mod what_if;

pub use error::ModelError;
