//! The reader scenarios (`common/scenarios.rs`) run natively through the
//! same state, model, render and contract code the widget uses. The browser
//! half (the DOM and `calculate()` in wasm) runs them in `tests/web.rs`.
#![cfg(not(target_arch = "wasm32"))]

use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::contract::{calculate_result, unknown_option};
use sundhedsraad_beregner::model::edition::{self, COUNCILS, DOCUMENTS};
use sundhedsraad_beregner::model::envelope::Key;
use sundhedsraad_beregner::model::report::Options;
use sundhedsraad_beregner::model::ModelError;
use sundhedsraad_beregner::render;
use sundhedsraad_beregner::state::{show_council, shown, Choices, Page, Shown};

include!("common/scenarios.rs");

fn options(json: &str) -> Result<Options, ModelError> {
    if json.trim().is_empty() {
        return Ok(Options::default());
    }
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    unknown_option(v.as_object().unwrap().keys())?;
    Options::from_input(&serde_json::from_str(json).unwrap())
}

/// Everything the output sections show, as text (markup stripped).
fn output_text(s: &Shown, choices: &Choices, lang: Lang) -> String {
    let mut html = String::new();
    if let Some(e) = &s.page_error {
        html.push_str(&e.message(lang));
    }
    if !s.needs_population.is_empty() {
        html.push_str(&ModelError::PopulationsNeeded(s.needs_population.clone()).message(lang));
    }
    match &s.report {
        Ok(r) => {
            html.push_str(&render::seats::seats(r, lang));
            html.push_str(&render::votes::votes(r, lang, choices.municipality));
            if let Some(code) = choices.municipality {
                html.push_str(&render::municipality::municipality_result(r, code, lang));
            }
            html.push_str(&render::money::money(r, lang));
            html.push_str(&render::money::national(r.options.edition, lang));
        }
        Err(e) => html.push_str(&e.message(lang)),
    }
    strip_tags(&html)
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
}

fn run(sc: &Scenario) -> Result<(), String> {
    let mut page = Page {
        raad: sc.raad.to_string(),
        lang: None,
        overrides: options(sc.overrides),
        url_param: None,
        address_unknown: None,
    };
    let mut choices = Choices::default();
    for step in sc.steps {
        match *step {
            Step::OverridesProperty(json) => page.overrides = options(json),
            Step::RaadAttribute(id) => {
                show_council(&mut page, id, &mut choices);
            }
            Step::ChooseMunicipality(code) => choices.set_municipality(Some(code)),
            Step::TypePopulation(text) => {
                let code = choices.municipality.ok_or("typing with no municipality chosen")?;
                choices.type_population(code, text);
            }
            Step::Search(name) => {
                let (council, muni) = edition::find_by_name(name).ok_or(format!("search {name}: no match"))?;
                show_council(&mut page, COUNCILS[council.0].id, &mut choices);
                choices.set_municipality(muni);
            }
        }
    }
    let s = shown(&page, &choices);
    let r = s.report.as_ref().map_err(|e| format!("no report: {e}"))?;
    let e = &sc.expect;
    let mut wrong = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };
    check(r.council.id == e.council, format!("council {} ≠ {}", r.council.id, e.council));
    check(
        choices.municipality == e.municipality,
        format!("municipality {:?} ≠ {:?}", choices.municipality, e.municipality),
    );
    let field = choices.municipality.map(|_| choices.population_text.as_str());
    check(field == e.population_field, format!("population field {field:?} ≠ {:?}", e.population_field));
    let edition = r.options.edition.map_or("latest", |d| DOCUMENTS[d.0].id);
    check(edition == e.edition, format!("edition {edition} ≠ {}", e.edition));
    check(r.options.key.id() == e.key, format!("key {} ≠ {}", r.options.key.id(), e.key));
    for &(code, votes) in e.votes {
        let got = r.composition.municipalities.iter().find(|m| m.code == code).map(|m| m.votes);
        check(got == Some(votes), format!("{code}: {got:?} votes ≠ {votes}"));
    }
    let text = output_text(&s, &choices, Lang::Da);
    for t in e.shows {
        check(text.contains(t), format!("does not show «{t}»"));
    }
    for t in e.hides {
        check(!text.contains(t), format!("shows «{t}»"));
    }
    // calculate() with the page's final overrides and the reader's populations.
    if let Ok(mut o) = page.overrides.clone() {
        o.populations.extend(choices.populations.iter().map(|(k, v)| (*k, *v)));
        if let Ok(out) = calculate_result(&page.raad, &o) {
            for &(code, votes) in e.votes.iter().filter(|_| out.needs_population.is_empty()) {
                let got = out.municipalities.iter().find(|m| m.code == code).and_then(|m| m.votes);
                check(got == Some(votes), format!("calculate(): {code}: {got:?} votes ≠ {votes}"));
            }
            check(
                matches!((&o.key, e.key), (Key::Custom(_), "custom")) || o.key.id() == e.key,
                format!("calculate(): key {} ≠ {}", o.key.id(), e.key),
            );
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}

#[test]
fn every_scenario_holds_natively() {
    let failures: Vec<String> =
        SCENARIOS.iter().filter_map(|sc| run(sc).err().map(|e| format!("{}: {e}", sc.name))).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn scenario_names_are_unique() {
    let mut names: Vec<&str> = SCENARIOS.iter().map(|s| s.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), SCENARIOS.len());
}
