//! The seats section and the weighted-votes table: output only, rendered by
//! [`crate::render`] from the report and patched in place on a change.

use super::patch::follow;
use super::state::Ctx;
use crate::render;
use leptos::prelude::*;

/// Seat counts, seat chart with its table, and why the region has a majority.
#[component]
pub fn Seats(
    /// The widget state.
    c: Ctx,
) -> impl IntoView {
    let lang = c.lang_now();
    let node = NodeRef::new();
    follow(node, move || c.with_report(|r| render::seats::seats(r, lang)).unwrap_or_default());
    view! { <section class="seats" part="seats" node_ref=node></section> }
}

/// Every member with its weighted votes; the chosen municipality's row is marked.
#[component]
pub fn VotesTable(
    /// The widget state.
    c: Ctx,
) -> impl IntoView {
    let lang = c.lang_now();
    let node = NodeRef::new();
    follow(node, move || {
        let chosen = c.municipality();
        c.with_report(|r| render::votes::votes(r, lang, chosen)).unwrap_or_default()
    });
    view! { <section class="votes" part="votes" node_ref=node></section> }
}
