//! A municipality's view: its votes and vote share; optionally a population
//! the reader types, to see whether it would have 1 or 2 votes, how the
//! council's seats change, and a per-capita illustration of the envelope.

use super::state::ctx;
use crate::i18n::texts::texts;
use crate::i18n::{format_decimal, format_int, format_pct, Lang};
use crate::model::edition::{self, pool_by_id};
use crate::model::envelope::per_capita_illustration;
use crate::model::votes::{VoteBasis, MAX_POPULATION};
use leptos::prelude::*;

/// Parses a typed population: digits with optional '.', ' ' or ',' grouping.
fn parse_population(s: &str) -> Option<u64> {
    let digits: String = s.chars().filter(|c| !matches!(c, '.' | ' ' | '\u{a0}' | ',')).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 9 {
        return None;
    }
    digits.parse().ok().filter(|n| (1..=MAX_POPULATION).contains(n))
}

/// The municipality section.
#[component]
pub fn MunicipalityView() -> impl IntoView {
    let c = ctx();
    let t = move || texts(c.lang.get());
    let typed = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let options = move || {
        let council = c.report.with(|r| r.as_ref().map(|r| r.council_id).ok());
        council
            .map(|id| {
                edition::municipalities_of(id)
                    .map(|m| {
                        let code = m.code;
                        view! {
                            <option value=code.to_string() selected=move || c.municipality.get() == Some(code)>
                                {m.name}
                            </option>
                        }
                    })
                    .collect_view()
            })
    };
    let set_population = move |text: String| {
        let Some(code) = c.municipality.get_untracked() else { return };
        typed.set(text.clone());
        if text.trim().is_empty() {
            invalid.set(false);
            c.reader_populations.update(|p| {
                p.remove(&code);
            });
            return;
        }
        match parse_population(&text) {
            Some(n) => {
                invalid.set(false);
                c.reader_populations.update(|p| {
                    p.insert(code, n);
                });
            }
            None => invalid.set(true),
        }
    };
    let result = move || {
        let code = c.municipality.get()?;
        let lang = c.lang.get();
        let t = texts(lang);
        c.report.with(|r| {
            let r = r.as_ref().ok()?;
            let k = &r.composition;
            let m = k.municipalities.iter().find(|m| m.code == code)?;
            let share = format_pct(r.vote_share(m.votes), lang);
            let mut lines = vec![match lang {
                Lang::Da => format!(
                    "{} har {} {} af sundhedsrådets {} vægtede stemmer ({share}).",
                    m.name,
                    m.votes,
                    if m.votes == 1 { "stemme" } else { "stemmer" },
                    k.total_votes
                ),
                Lang::En => format!(
                    "{} has {} vote{} of the council's {} weighted votes ({share}).",
                    m.name,
                    m.votes,
                    if m.votes == 1 { "" } else { "s" },
                    k.total_votes
                ),
            }];
            if let VoteBasis::Population(p) = m.basis {
                let published = edition::municipality_by_code(code).map(|x| x.published_votes).unwrap_or(m.votes);
                let rule = &r.options.rule;
                lines.push(match lang {
                    Lang::Da => format!(
                        "Med {} indbyggere får {} {} {} (grænsen er {}; Figur 9 svarer til {}). Rådet har da {} medlemmer, heraf {} regionale, og {} vægtede stemmer.",
                        format_int(p, lang),
                        m.name,
                        m.votes,
                        if m.votes == 1 { "stemme" } else { "stemmer" },
                        format_int(rule.threshold, lang),
                        published,
                        k.total_members,
                        k.regional_members,
                        k.total_votes
                    ),
                    Lang::En => format!(
                        "With {} inhabitants {} gets {} vote{} (the threshold is {}; Figur 9 implies {}). The council then has {} members, {} of them regional, and {} weighted votes.",
                        format_int(p, lang),
                        m.name,
                        m.votes,
                        if m.votes == 1 { "" } else { "s" },
                        format_int(rule.threshold, lang),
                        published,
                        k.total_members,
                        k.regional_members,
                        k.total_votes
                    ),
                });
                let total = pool_by_id("sundhedsraad_total");
                let envelope = r
                    .envelopes
                    .iter()
                    .filter(|e| Some(e.pool) == total)
                    .flat_map(|e| e.years.iter())
                    .filter_map(|y| y.council.map(|a| (y.year, a)))
                    .next_back();
                if let Some((year, amount)) = envelope {
                    if let Ok(part) = per_capita_illustration(amount, p, r.council_id) {
                        lines.push(match lang {
                            Lang::Da => format!(
                                "{}: Hvis sundhedsrådets samlede midler i {year} ({} mio. kr., skøn) blev fordelt efter indbyggertal, ville {} med {} af rådets ca. {} indbyggere (Figur 9) få {} mio. kr. Der findes ingen sådan formel; fordelingen sker ved aftaler.",
                                t.illustration,
                                format_decimal(amount, 1, lang),
                                m.name,
                                format_int(p, lang),
                                format_int(u64::from(r.council.population_thousands) * 1000, lang),
                                format_decimal(part, 1, lang)
                            ),
                            Lang::En => format!(
                                "{}: If the council's total funds in {year} ({} mio. kr., estimate) were split by population, {} with {} of the council's about {} inhabitants (Figur 9) would get {} mio. kr. No such formula exists; the split is made by agreements.",
                                t.illustration,
                                format_decimal(amount, 1, lang),
                                m.name,
                                format_int(p, lang),
                                format_int(u64::from(r.council.population_thousands) * 1000, lang),
                                format_decimal(part, 1, lang)
                            ),
                        });
                    }
                }
            }
            Some(lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view())
        })
    };
    view! {
        <section class="muni" aria-labelledby="muni-h">
            <h3 id="muni-h">{move || t().muni_view}</h3>
            <div class="field">
                <label for="muni">{move || t().choose_muni}</label>
                <select
                    id="muni"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        c.municipality.set(v.parse().ok());
                        let code = c.municipality.get_untracked();
                        typed.set(code.and_then(|k| c.reader_populations.with_untracked(|p| p.get(&k).map(|n| n.to_string()))).unwrap_or_default());
                        invalid.set(false);
                    }
                >
                    <option value="" selected=move || c.municipality.get().is_none()>
                        {move || t().none_chosen}
                    </option>
                    {options}
                </select>
            </div>
            <Show when=move || c.municipality.get().is_some()>
                <div class="field">
                    <label for="pop">{move || t().population}</label>
                    <input
                        id="pop"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-describedby="pop-hint pop-err"
                        aria-invalid=move || invalid.get().to_string()
                        prop:value=move || typed.get()
                        on:change=move |ev| set_population(event_target_value(&ev))
                    />
                    <button type="button" on:click=move |_| set_population(String::new())>
                        {move || t().reset}
                    </button>
                    <p id="pop-hint" class="hint">{move || t().population_hint}</p>
                    <p id="pop-err" class="hint warn" role="alert">
                        {move || {
                            invalid
                                .get()
                                .then(|| match c.lang.get() {
                                    Lang::Da => "Skriv et helt tal mellem 1 og 10.000.000, fx 82.500.",
                                    Lang::En => "Enter a whole number from 1 to 10,000,000, e.g. 82,500.",
                                })
                        }}
                    </p>
                </div>
            </Show>
            <div class="result" aria-live="polite">{result}</div>
        </section>
    }
}
