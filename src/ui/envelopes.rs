//! Envelopes: each pool year by year (national figure with its source, the
//! council's share and how it was found), the phase-in chart with its table,
//! the anlæg amount from Figur 20, and the data as CSV.

use super::state::ctx;
use crate::export::report_csv;
use crate::i18n::texts::{texts, Texts};
use crate::i18n::{format_decimal, format_int, Lang};
use crate::model::edition::{self, pool_by_id, DocumentId, Figure, POOLS};
use crate::model::envelope::{Basis, PoolEnvelope};
use crate::model::report::Report;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Formats an amount as published: as many decimals as the source gave.
fn published(d: Decimal, lang: Lang) -> String {
    format_decimal(d, d.normalize().scale(), lang)
}

/// "Udspil 2024, Tabel 1 (2025-PL)".
fn source_label(f: &Figure) -> String {
    let doc = edition::source_of(f.source);
    let place = f.source.place.split(" '").next().unwrap_or(f.source.place);
    match f.price_level {
        Some(p) => format!("{}, {place} ({p})", doc.short),
        None => format!("{}, {place}", doc.short),
    }
}

fn pool_table(env: &PoolEnvelope, lang: Lang, t: &'static Texts) -> impl IntoView {
    let pool = &POOLS[env.pool.0];
    let name = match lang {
        Lang::Da => pool.name_da,
        Lang::En => pool.name_en,
    };
    let rows = env
        .years
        .iter()
        .map(|y| {
            let (national, source, title) = match y.national {
                Some(f) => (
                    published(f.amount.decimal(), lang),
                    source_label(f),
                    format!("{}: {}. {}", edition::source_of(f.source).title, f.source.place, f.note),
                ),
                None => (t.unpublished.to_string(), String::new(), String::new()),
            };
            let council = y.council.map(|d| format_decimal(d, 1, lang)).unwrap_or_else(|| "–".to_string());
            let basis = match y.basis {
                Basis::Official => t.official,
                Basis::Estimate => t.estimate,
                Basis::Unpublished => t.unpublished,
            };
            view! {
                <tr class:gap=y.national.is_none()>
                    <th scope="row">{y.year}</th>
                    <td class="num">{national}</td>
                    <td class="src" title=title>{source}</td>
                    <td class="num">{council}</td>
                    <td>{basis}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="money" data-pool=pool.id>
                <caption>{name}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.year}</th>
                        <th scope="col" class="num">{t.national}</th>
                        <th scope="col">{t.source}</th>
                        <th scope="col" class="num">{t.this_council}</th>
                        <th scope="col">{t.basis}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Bars of the council's total by year; a year without a figure has no bar
/// and says so.
fn phase_in_chart(r: &Report, lang: Lang, t: &'static Texts) -> impl IntoView {
    let total = pool_by_id("sundhedsraad_total");
    let years: Vec<(u16, Option<Decimal>)> = r
        .envelopes
        .iter()
        .find(|e| Some(e.pool) == total)
        .map(|e| e.years.iter().map(|y| (y.year, y.council)).collect())
        .unwrap_or_default();
    let max = years.iter().filter_map(|y| y.1).max().unwrap_or(Decimal::ONE).max(Decimal::ONE);
    let (w, h, bar) = (300u32, 140u32, 40u32);
    let bars = years
        .iter()
        .enumerate()
        .map(|(i, (year, v))| {
            let x = 10 + i as u32 * 58;
            let height = v
                .map(|v| (v / max * Decimal::from(h - 40)).round().to_string().parse::<u32>().unwrap_or(0))
                .unwrap_or(0);
            let label = v.map(|v| format_decimal(v, 0, lang)).unwrap_or_else(|| "–".into());
            view! {
                <g>
                    <rect class="bar" x=x y=h - 20 - height width=bar height=height></rect>
                    <text x=x + bar / 2 y=h - 24 - height text-anchor="middle">{label}</text>
                    <text x=x + bar / 2 y=h - 5 text-anchor="middle">{*year}</text>
                </g>
            }
        })
        .collect_view();
    let summary = years
        .iter()
        .map(|(y, v)| format!("{y}: {}", v.map(|v| format!("{} {}", format_decimal(v, 1, lang), t.mio)).unwrap_or_else(|| t.unpublished.to_string())))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="chart">
            <svg role="img" aria-labelledby="phase-caption" viewBox=format!("0 0 {w} {h}") width=w height=h focusable="false">
                {bars}
            </svg>
            <figcaption id="phase-caption">{format!("{} ({}, {}): {summary}.", t.phase_in, t.mio, t.estimate.to_lowercase())}</figcaption>
        </figure>
    }
}

/// The envelopes section.
#[component]
pub fn Envelopes() -> impl IntoView {
    let c = ctx();
    let t = move || texts(c.lang.get());
    let editions = edition::editions();
    let edition_options = editions
        .iter()
        .map(|&d| {
            let doc = &edition::DOCUMENTS[d.0];
            view! {
                <option value=doc.id selected=move || c.edition.get() == Some(d)>
                    {doc.short}
                </option>
            }
        })
        .collect_view();
    let key_now = move || c.report.with(|r| r.as_ref().map(|r| r.options.key.id()).unwrap_or("population"));
    let radio = move |id: &'static str, label: fn(&Texts) -> &'static str| {
        view! {
            <label class="radio">
                <input
                    type="radio"
                    name="key"
                    value=id
                    prop:checked=move || key_now() == id
                    on:change=move |_| c.key.set(id)
                />
                {move || label(t())}
            </label>
        }
    };
    let body = move || {
        let lang = c.lang.get();
        let t = texts(lang);
        c.report.with(|r| {
            let r = r.as_ref().ok()?;
            let tables = r.envelopes.iter().map(|e| pool_table(e, lang, t)).collect_view();
            let a = &r.anlaeg;
            let csv = format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&report_csv(r))));
            Some(view! {
                {phase_in_chart(r, lang, t)}
                {tables}
                <h4>{t.anlaeg}</h4>
                <div class="table-wrap">
                    <table class="money anlaeg">
                        <caption>{t.anlaeg}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.anlaeg_published}</th>
                                <th scope="col" class="num">{t.per_citizen}</th>
                                <th scope="col" class="num">{t.anlaeg_scaled}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <td class="num">{published(a.published, lang)}</td>
                                <td class="num">{format_int(u64::from(a.kr_per_citizen), lang)}</td>
                                <td class="num">{a.scaled.map(|s| format_decimal(s, 1, lang))}</td>
                            </tr>
                        </tbody>
                    </table>
                </div>
                <p class="note">{t.anlaeg_note}</p>
                <p>
                    <a class="csv" href=csv download=format!("sundhedsraad-{}.csv", r.council.id)>
                        {t.download_csv}
                    </a>
                </p>
            })
        })
    };
    let custom = move || c.page_options.with(|o| matches!(o, Ok(o) if o.key.id() == "custom"));
    view! {
        <section class="money-section" aria-labelledby="money-h">
            <h3 id="money-h">{move || t().envelopes}</h3>
            <div class="controls">
                <div class="field">
                    <label for="edition">{move || t().edition}</label>
                    <select
                        id="edition"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            c.edition.set(edition::document_by_id(&v).filter(|d: &DocumentId| editions.contains(d)));
                        }
                    >
                        <option value="latest" selected=move || c.edition.get().is_none()>
                            {move || t().edition_latest}
                        </option>
                        {edition_options}
                    </select>
                </div>
                <fieldset>
                    <legend>{move || t().key}</legend>
                    {radio("population", |t| t.key_population)}
                    {radio("anlaeg", |t| t.key_anlaeg)}
                    <Show when=custom>{radio("custom", |t| t.key_custom)}</Show>
                </fieldset>
            </div>
            <p class="note">{move || t().estimate_note}</p>
            {body}
        </section>
    }
}
