//! The second, lazily loaded module (`pkg/explore/`, built with
//! `--no-default-features --features explore`): the parts of the widget a
//! reader opens after the first view — the map, the overview of all 17
//! councils, the regions and voting power. No Leptos: every part is HTML
//! text from [`crate::render`], computed by the same [`crate::model`] calls
//! as the council view, and written into the shadow root by
//! `js/explore.js` through the widget's one Trusted Types policy.
//!
//! Why a second module: the first view's code (wasm, JS, CSS) has a budget
//! of 150 KB brotli, and these parts are not in the first view. They load
//! after it, from the widget's own origin, with their own budget (`make
//! bench` prints both).

use crate::convert;
use crate::i18n::Lang;
use crate::model::edition::{self, CouncilId, PoolId, COUNCILS};
use crate::model::envelope::YEARS;
use crate::model::overview::{self, Overview};
use crate::model::power::Mode;
use crate::model::power_summary::mode_from_key;
use crate::model::report::{calculate, calculate_for, Options, Report};
use crate::model::ModelError;
use crate::render::map::{self, Shading};
use crate::render::overview_page::{self as page, measure_name};
use rust_decimal::Decimal;
use wasm_bindgen::prelude::*;

/// The explore parts' stylesheet (`style/explore.css`, minified by `build.rs`).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/explore.min.css"));

/// The stylesheet the module's parts need, adopted next to the widget's own.
#[wasm_bindgen(js_name = exploreCss)]
pub fn explore_css() -> String {
    CSS.to_string()
}

/// The options from a page's or reader's plain object (as `calculate`).
fn options(value: &JsValue) -> Result<Options, ModelError> {
    Options::from_input(&convert::options_from_js(value)?)
}

/// Every council's report under `options`, in the edition's order.
fn all_reports(options: &Options) -> Result<Vec<Report>, ModelError> {
    (0..COUNCILS.len()).map(|i| calculate_for(CouncilId(i), options)).collect()
}

fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap_or_default()
}

/// The pool by id, or the first pool with yearly figures.
fn pool(id: &str) -> PoolId {
    let yearly = overview::yearly_pools();
    edition::pool_by_id(id).filter(|p| yearly.contains(p)).or_else(|| yearly.first().copied()).unwrap_or(PoolId(0))
}

/// The year, or the first year of the envelopes.
fn year(y: u16) -> u16 {
    if YEARS.contains(&y) {
        y
    } else {
        *YEARS.start()
    }
}

/// The shading of the map by `measure`, from the overview's rows (the
/// same figures as its table).
fn shading(measure: &str, o: &Overview, lang: Lang) -> Option<Shading> {
    let title = measure_name(measure, lang)?.to_string();
    let mut values = vec![None; COUNCILS.len()];
    for row in o.rows() {
        values[row.council.0] = match measure {
            "members" => Some(Decimal::from(row.members)),
            "votes" => Some(Decimal::from(row.weighted_votes)),
            "anlaeg" => Some(Decimal::from(row.anlaeg_per_citizen)),
            // mio. kr. over thousands of citizens: × 1,000,000 / 1,000.
            _ => row.envelope.map(|e| (e * Decimal::from(1000) / Decimal::from(row.population_thousands)).round()),
        };
    }
    Some(Shading { title, values, decimals: 0 })
}

/// The map as HTML text: `raad` the chosen council (or empty), `measure` a
/// shading ([`page::MEASURES`], or empty for none; `envelope` for `pool` in
/// `year`), `options` the options in force (rule, populations) as
/// `calculate` takes them. Options the model rejects give the map under the
/// published defaults (the view around it says what was rejected).
#[wasm_bindgen(js_name = mapHtml)]
pub fn map_html(
    lang_code: &str,
    raad: &str,
    measure: &str,
    pool_id: &str,
    year_: u16,
    options_value: JsValue,
) -> String {
    let lang = lang(lang_code);
    let options = options(&options_value).unwrap_or_default();
    let (all, options) = match all_reports(&options) {
        Ok(all) => (all, options),
        Err(_) => (all_reports(&Options::default()).unwrap_or_default(), Options::default()),
    };
    let chosen = all.iter().position(|r| r.council.id.eq_ignore_ascii_case(raad.trim()));
    let shade = overview::overview(&options, pool(pool_id), year(year_)).ok().and_then(|o| shading(measure, &o, lang));
    map::map(&all, chosen, lang, shade.as_ref())
}

/// The whole `view="oversigt"` (map, controls, table of all 17, regions)
/// or `view="region"` (the regions) as HTML text, sorted by `column`.
#[allow(clippy::too_many_arguments)] // one value per control of the view
#[wasm_bindgen(js_name = overviewHtml)]
pub fn overview_html(
    view: &str,
    lang_code: &str,
    column: &str,
    descending: bool,
    pool_id: &str,
    year_: u16,
    measure: &str,
    options_value: JsValue,
) -> String {
    let lang = lang(lang_code);
    let choice = page::Choice {
        regions_only: view == "region",
        lang,
        column: overview::Column::parse(column).unwrap_or(overview::Column::Name),
        descending,
        pool: pool(pool_id),
        year: year(year_),
        measure: if measure_name(measure, lang).is_some() { measure } else { "" },
    };
    let result = options(&options_value).and_then(|o| overview::overview(&o, choice.pool, choice.year));
    page::page(&choice, result)
}

/// The voting-power section of council `raad` under `options`, in `mode`
/// (`each` or `bloc`).
#[wasm_bindgen(js_name = powerHtml)]
pub fn power_html(raad: &str, lang_code: &str, mode: &str, options_value: JsValue) -> String {
    let lang = lang(lang_code);
    let mode = mode_from_key(mode).unwrap_or(Mode::Individual);
    match options(&options_value).and_then(|o| calculate(raad, &o)) {
        Ok(r) => crate::render::power::power_section(&r, lang, mode),
        Err(e) => page::error_box(lang, &e),
    }
}

/// `overview(options)`: all 17 councils and the 4 regions as plain objects
/// (money as decimal strings of mio. kr.). Throws an `Error` with a
/// readable message (English; `options.lang = "da"` for Danish).
#[wasm_bindgen]
pub fn overview(options_value: JsValue) -> Result<JsValue, JsValue> {
    let lang = js_sys::Reflect::get(&options_value, &JsValue::from_str("lang"))
        .ok()
        .filter(|_| options_value.is_object())
        .and_then(|l| l.as_string())
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En);
    let result = options(&options_value)
        .and_then(|o| overview::overview(&o, pool(""), year(0)))
        .map(|o| crate::model::contract::overview_result(&o));
    match result {
        Ok(r) => Ok(convert::to_js(&r)),
        Err(e) => Err(js_sys::Error::new(&e.message(lang)).into()),
    }
}
