//! Seat counts: the summary, a seat chart (shape and label, not colour
//! alone) with its table beside it, and why the region holds a majority.

use super::state::ctx;
use crate::i18n::texts::texts;
use crate::i18n::{format_int, Lang};
use crate::model::report::Report;
use leptos::prelude::*;

/// Seats per row in the chart.
const PER_ROW: u32 = 10;
/// Size of one seat cell in SVG units.
const CELL: u32 = 24;

/// The plain-language line on the region's majority.
fn why(r: &Report, lang: Lang) -> String {
    let k = &r.composition;
    match lang {
        Lang::Da => format!(
            "Regionen har {} af {} medlemmer og {} af {} vægtede stemmer, altså flertal både i antal medlemmer og i stemmer. Hver kommune har ét medlem; kommunerne har tilsammen {} stemmer, så regionen skal have mindst {} medlemmer.",
            k.regional_members, k.total_members, k.regional_votes, k.total_votes, k.municipal_votes, k.regional_members
        ),
        Lang::En => format!(
            "The region has {} of {} members and {} of {} weighted votes: a majority both in members and in votes. Each municipality has one member; together they have {} votes, so the region needs at least {} members.",
            k.regional_members, k.total_members, k.regional_votes, k.total_votes, k.municipal_votes, k.regional_members
        ),
    }
}

/// The seat chart: regional seats as filled squares, municipal seats as
/// circles carrying their vote count.
fn seat_chart(r: &Report, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let k = &r.composition;
    let n = k.total_members;
    let rows = n.div_ceil(PER_ROW);
    let width = PER_ROW * CELL;
    let height = rows * CELL;
    let pos = move |i: u32| ((i % PER_ROW) * CELL, (i / PER_ROW) * CELL);
    let regional = (0..k.regional_members)
        .map(|i| {
            let (x, y) = pos(i);
            view! { <rect class="seat-r" x=x + 3 y=y + 3 width="18" height="18" rx="2"></rect> }
        })
        .collect_view();
    let municipal = k
        .municipalities
        .iter()
        .enumerate()
        .map(|(j, m)| {
            let (x, y) = pos(k.regional_members + j as u32);
            view! {
                <g class="seat-k">
                    <circle cx=x + 12 cy=y + 12 r="9.5"></circle>
                    <text x=x + 12 y=y + 16 text-anchor="middle">{m.votes}</text>
                </g>
            }
        })
        .collect_view();
    let label = match lang {
        Lang::Da => format!(
            "{}: {} regionale medlemmer (firkanter) og {} kommunale medlemmer (cirkler med deres antal stemmer).",
            t.seat_chart, k.regional_members, k.municipal_members
        ),
        Lang::En => format!(
            "{}: {} regional members (squares) and {} municipal members (circles showing their votes).",
            t.seat_chart, k.regional_members, k.municipal_members
        ),
    };
    view! {
        <figure class="chart">
            <svg
                role="img"
                aria-labelledby="seat-caption"
                viewBox=format!("0 0 {width} {height}")
                width=width
                height=height
                focusable="false"
            >
                {regional}
                {municipal}
            </svg>
            <figcaption id="seat-caption">{label}</figcaption>
        </figure>
    }
}

/// The seats section.
#[component]
pub fn Seats() -> impl IntoView {
    let c = ctx();
    move || {
        let lang = c.lang.get();
        let t = texts(lang);
        c.report.with(|r| {
            let r = r.as_ref().ok()?;
            let k = &r.composition;
            let rs = &r.region_seats;
            let row = |label: &'static str, members: u32, votes: u32| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td class="num">{members}</td>
                        <td class="num">{votes}</td>
                    </tr>
                }
            };
            let region_line = match lang {
                Lang::Da => format!(
                    "{} {}: {} pladser. Regionsrådet har {} medlemmer efter udspillet (Figur 8) og {} efter loven (L 214).{}",
                    t.region_seats,
                    r.region.name,
                    rs.seats_needed,
                    rs.regionsraad_udspil,
                    rs.regionsraad_law,
                    if rs.seats_beyond_members() > 0 {
                        format!(" Nogle medlemmer må derfor sidde i mere end ét sundhedsråd ({} pladser ud over rådets medlemstal). Kilderne siger ikke, hvordan pladserne besættes.", rs.seats_beyond_members())
                    } else {
                        String::new()
                    }
                ),
                Lang::En => format!(
                    "{} of {}: {} seats. The regional council has {} members in the proposal (Figur 8) and {} in the law (L 214).{}",
                    t.region_seats,
                    r.region.name,
                    rs.seats_needed,
                    rs.regionsraad_udspil,
                    rs.regionsraad_law,
                    if rs.seats_beyond_members() > 0 {
                        format!(" So some members must sit on more than one council ({} seats beyond the council's size). The sources do not say how the seats are filled.", rs.seats_beyond_members())
                    } else {
                        String::new()
                    }
                ),
            };
            Some(view! {
                <section class="seats" aria-labelledby="seats-h">
                    <h3 id="seats-h">{t.seats}</h3>
                    <div class="pair">
                        {seat_chart(r, lang)}
                        <div class="table-wrap">
                            <table class="seat-table">
                                <caption>{t.seats}</caption>
                                <thead>
                                    <tr>
                                        <td></td>
                                        <th scope="col" class="num">{t.members}</th>
                                        <th scope="col" class="num">{t.weighted_votes}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {row(t.side_region, k.regional_members, k.regional_votes)}
                                    {row(t.side_municipalities, k.municipal_members, k.municipal_votes)}
                                </tbody>
                                <tfoot>{row(t.total, k.total_members, k.total_votes)}</tfoot>
                            </table>
                        </div>
                    </div>
                    <dl class="facts">
                        <div>
                            <dt>{t.majority_needed}</dt>
                            <dd data-fact="majority">{k.majority_needed}</dd>
                        </div>
                        <div>
                            <dt>{t.all_members}</dt>
                            <dd data-fact="members">{k.total_members}</dd>
                        </div>
                        <div>
                            <dt>{t.published_members}</dt>
                            <dd data-fact="published">{r.council.members_published}</dd>
                        </div>
                        <div>
                            <dt>{t.council_population}</dt>
                            <dd>{format!("{} {}", format_int(u64::from(r.council.population_thousands), lang), t.thousand)}</dd>
                        </div>
                    </dl>
                    <p class="why">{why(r, lang)}</p>
                    <p class="note">{region_line}</p>
                    <p class="note">{t.rule_note}</p>
                </section>
            })
        })
    }
}
