//! The Leptos view: one component per visible part. Thin: every figure comes
//! from [`crate::model`]; the view only chooses, formats and lays out.

pub mod address;
mod app;
mod chooser;
mod envelopes;
mod motion;
mod municipality;
pub mod patch;
mod seats;
mod state;

pub use app::App;
pub use state::Ctx;
