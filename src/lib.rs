//! # Sundhedsråd-beregneren
//!
//! Seats, weighted votes and funding envelopes of the 17 Danish sundhedsråd
//! (health councils of the 2024–25 health reform), computed from the
//! published sources, as a pure Rust core ([`model`]) and an embeddable
//! Leptos widget compiled to WebAssembly (`ui`, `embed`; wasm only).
//!
//! Data flows one way: the data edition (`data/edition.toml`, compiled in) →
//! [`model`] → the view. The model knows nothing of the browser.
//!
//! ```
//! use sundhedsraad_beregner::model::report::{calculate, Options};
//! let fyn = calculate("fyn", &Options::default()).unwrap();
//! assert_eq!(fyn.composition.total_members, fyn.council.members_published);
//! ```
#![deny(missing_docs)]

pub mod export;
pub mod i18n;
pub mod model;
pub mod render;
pub mod state;

#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "explore")))]
pub mod convert;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod embed;
#[cfg(all(target_arch = "wasm32", feature = "explore"))]
pub mod explore;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;
