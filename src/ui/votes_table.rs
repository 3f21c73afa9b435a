//! Weighted votes: every municipality with its member, votes, where the votes
//! come from and its share; the regional members as one row.

use super::state::ctx;
use crate::i18n::texts::texts;
use crate::i18n::{format_int, format_pct};
use crate::model::votes::VoteBasis;
use leptos::prelude::*;

/// The weighted-votes table.
#[component]
pub fn VotesTable() -> impl IntoView {
    let c = ctx();
    move || {
        let lang = c.lang.get();
        let t = texts(lang);
        let chosen = c.municipality.get();
        c.report.with(|r| {
            let r = r.as_ref().ok()?;
            let k = &r.composition;
            let rows = k
                .municipalities
                .iter()
                .map(|m| {
                    let basis = match m.basis {
                        VoteBasis::Published => t.basis_published.to_string(),
                        VoteBasis::Population(p) => format!("{} ({})", t.basis_population, format_int(p, lang)),
                    };
                    let current = chosen == Some(m.code);
                    view! {
                        <tr class:current=current aria-current=current.then_some("true")>
                            <th scope="row">{m.name}</th>
                            <td>{t.member_desc}</td>
                            <td class="num">{m.votes}</td>
                            <td>{basis}</td>
                            <td class="num">{format_pct(r.vote_share(m.votes), lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <section class="votes" aria-labelledby="votes-h">
                    <h3 id="votes-h">{t.votes}</h3>
                    <div class="table-wrap">
                        <table class="vote-table">
                            <caption>{t.votes}" – "{r.council.name}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.municipality}</th>
                                    <th scope="col">{t.member}</th>
                                    <th scope="col" class="num">{t.votes_col}</th>
                                    <th scope="col">{t.basis}</th>
                                    <th scope="col" class="num">{t.share}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows}
                                <tr class="regional">
                                    <th scope="row">{t.regional_row}" ("{k.regional_members}")"</th>
                                    <td>{t.regional_desc}</td>
                                    <td class="num">{k.regional_votes}</td>
                                    <td></td>
                                    <td class="num">{format_pct(r.vote_share(k.regional_votes), lang)}</td>
                                </tr>
                            </tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{t.total}</th>
                                    <td>{format!("{} {}", k.total_members, t.members.to_lowercase())}</td>
                                    <td class="num">{k.total_votes}</td>
                                    <td></td>
                                    <td class="num">{format_pct(rust_decimal::Decimal::ONE, lang)}</td>
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                </section>
            })
        })
    }
}
