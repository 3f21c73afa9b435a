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
use crate::model::population_file;
use crate::model::power::Mode;
use crate::model::power_summary::mode_from_key;
use crate::model::report::{calculate, calculate_for, Options, Report};
use crate::model::rule_form::RuleForm;
use crate::model::what_if;
use crate::model::ModelError;
use crate::render::map::{self, Shading};
use crate::render::overview_page::{self as page, measure_name};
use crate::render::rule::{MoveDraft, PanelState};
use rust_decimal::Decimal;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The explore parts' stylesheet (`style/explore.css`, minified by `build.rs`).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/explore.min.css"));

/// The widget's own stylesheet (`style/widget.css`), for the views this
/// module draws alone (`view="oversigt"`, `view="region"`).
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// The stylesheet the module's parts need, adopted next to the widget's own.
#[wasm_bindgen(js_name = exploreCss)]
pub fn explore_css() -> String {
    CSS.to_string()
}

/// The widget's stylesheet, for the views this module draws alone.
#[wasm_bindgen(js_name = widgetCss)]
pub fn widget_css() -> String {
    WIDGET_CSS.to_string()
}

/// The options from a page's or reader's plain object (as `calculate`).
fn options(value: &JsValue) -> Result<Options, ModelError> {
    Options::from_input(&convert::options_from_js(value)?)
}

thread_local! {
    /// The last options' reports of all 17 councils: the map is redrawn on
    /// every change of council, and the options seldom change with it.
    static REPORTS: RefCell<Option<(Options, Vec<Report>)>> = const { RefCell::new(None) };
}

/// Calls `f` with every council's report under `options`, in the edition's order.
fn with_reports<T>(options: &Options, f: impl FnOnce(&[Report]) -> T) -> Result<T, ModelError> {
    REPORTS.with_borrow_mut(|cache| {
        if cache.as_ref().is_none_or(|(o, _)| o != options) {
            let all = (0..COUNCILS.len()).map(|i| calculate_for(CouncilId(i), options)).collect::<Result<_, _>>()?;
            *cache = Some((options.clone(), all));
        }
        Ok(f(cache.as_ref().map_or(&[][..], |(_, all)| all)))
    })
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
/// `calculate` takes them. Throws an `Error` with the model's message for
/// options it rejects (the script then draws with the view's own options).
#[wasm_bindgen(js_name = mapHtml)]
pub fn map_html(
    lang_code: &str,
    raad: &str,
    measure: &str,
    pool_id: &str,
    year_: u16,
    options_value: JsValue,
) -> Result<String, JsValue> {
    let lang = lang(lang_code);
    let mut options = options(&options_value).map_err(|e| js_error(&e, lang))?;
    // A rule that cannot place some municipalities without a population:
    // the published rule's figures meanwhile, as the views show them.
    if let Err(ModelError::PopulationsNeeded(_)) = with_reports(&options, |_| ()) {
        options.rule = crate::model::votes::VoteRule::default();
    }
    // The overview's figures, only when the map is shaded by one.
    let shade = measure_name(measure, lang)
        .and_then(|_| overview::overview(&options, pool(pool_id), year(year_)).ok())
        .and_then(|o| shading(measure, &o, lang));
    with_reports(&options, |all| {
        let chosen = all.iter().position(|r| r.council.id.eq_ignore_ascii_case(raad.trim()));
        map::map(all, chosen, lang, shade.as_ref())
    })
    .map_err(|e| js_error(&e, lang))
}

/// The whole `view="oversigt"` (map, controls, table of all 17, regions)
/// or `view="region"` (the regions) as HTML text, sorted by `column`, under
/// `options` (the page's overrides with the reader's rule and populations
/// laid over them, as the council view uses them). Under a rule other than
/// the published one the tables show both, and a note says which rule is in
/// force; `back` says whose rule it is: `"published"` (the reader's, over
/// the published rule) or `"page"` (the reader's, over the page's own) give
/// a button `data-rule-reset` that drops the reader's rule, anything else a
/// sentence that the page set it.
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
    back: &str,
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
        back: page::Back::parse(back),
    };
    let result = options(&options_value).and_then(|o| overview::overview_or_published(&o, choice.pool, choice.year));
    page::page(&choice, result)
}

/// The voting-power section of council `raad` under `options`, in `mode`
/// (`each` or `bloc`). Throws an `Error` with the model's message.
#[wasm_bindgen(js_name = powerHtml)]
pub fn power_html(raad: &str, lang_code: &str, mode: &str, options_value: JsValue) -> Result<String, JsValue> {
    let mode = mode_from_key(mode).unwrap_or(Mode::Individual);
    council_part(raad, lang_code, &options_value, |r, lang| crate::render::power::power_section(r, lang, mode))
}

/// A model error as a JS `Error` with its message in `lang`.
fn js_error(e: &ModelError, lang: Lang) -> JsValue {
    js_sys::Error::new(&e.message(lang)).into()
}

/// Renders a part of council `raad` under the options a page or the view
/// passed (as `calculate` takes them), in the language `lang_code`; throws
/// an `Error` with the model's message for options or a council it rejects.
fn council_part(
    raad: &str,
    lang_code: &str,
    options_value: &JsValue,
    render: impl FnOnce(&Report, Lang) -> String,
) -> Result<String, JsValue> {
    let lang = lang(lang_code);
    options(options_value).and_then(|o| calculate(raad, &o)).map(|r| render(&r, lang)).map_err(|e| js_error(&e, lang))
}

/// The council's figures as a CSV `data:` URL (the council view's "download
/// as CSV" link), under the options in force.
/// With `kommune` (the chosen municipality, 0 for none) and its population
/// in force, the file has its illustration too.
#[wasm_bindgen(js_name = csvDataUrl)]
pub fn csv_data_url(raad: &str, lang_code: &str, kommune: u16, options_value: JsValue) -> Result<String, JsValue> {
    let code = (kommune != 0).then_some(kommune);
    council_part(raad, lang_code, &options_value, |r, lang| {
        crate::render::money::csv_data_url_with_municipality(r, code, lang)
    })
}

/// The name a reader's search text finds, as the data edition writes it
/// (forgiving: [`crate::model::search`]), or empty when it finds none.
#[wasm_bindgen(js_name = findName)]
pub fn find_name(text: &str) -> String {
    crate::model::search::find(text).map(|h| h.name.to_string()).unwrap_or_default()
}

/// What `text` finds, said in a sentence ("Fundet: Slagelse Kommune, i
/// Sundhedsråd Midt- og Vestsjælland."), or empty.
#[wasm_bindgen(js_name = foundText)]
pub fn found_text(text: &str, lang_code: &str) -> String {
    crate::model::search::find(text).map(|h| crate::render::search::found(&h, lang(lang_code))).unwrap_or_default()
}

/// `overview(options)`: all 17 councils and the 4 regions as plain objects
/// (money as decimal strings of mio. kr.). Throws an `Error` with a
/// readable message (English; `options.lang = "da"` for Danish).
#[wasm_bindgen]
pub fn overview(options_value: JsValue) -> Result<JsValue, JsValue> {
    let lang = convert::message_lang(&options_value);
    let result = options(&options_value)
        .and_then(|o| overview::overview(&o, pool(""), year(0)))
        .map(|o| crate::model::contract::overview_result(&o));
    match result {
        Ok(r) => Ok(convert::to_js(&r)),
        Err(e) => Err(js_sys::Error::new(&e.message(lang)).into()),
    }
}

// ---- the rule panel ("Prøv en anden regel") ----------------------------------

/// The panel's fields as `js/explore.js` reads them: `froms` and `votes` per
/// tier (the first tier's "from" is ignored), or none for the rule in force.
fn rule_form(froms: Vec<String>, votes: Vec<String>, weight: String, majority: String, members: String) -> RuleForm {
    RuleForm { tiers: froms.into_iter().zip(votes).collect(), weight, majority, members }
}

/// The rule panel's section for council `raad`: the fields as typed (or,
/// with no tiers given, the rule in force), what the rule in force changes
/// against the published one in this council, in all 17 and in the regions,
/// and the populations part with the report on `file` (the text last read);
/// the fields are shown open when `open` (the reader opened them), when the
/// rule is not the published one or when there are membership changes.
///
/// `changes` are the reader's membership changes, one per entry,
/// `"move:<kommunekode>:<council id>"` (the municipality moves to another
/// council of its region) or `"observe:<kommunekode>:<council id>"` (it
/// joins that council as observer, without a vote); they apply to the
/// comparison only, never to the council view. Entries that cannot be read
/// or a membership the model rejects are named in the panel (the published
/// membership is compared then), not thrown. `draft` is what the membership
/// fields show, in an entry's shape (empty: the panel chooses).
#[wasm_bindgen(js_name = ruleHtml)]
#[allow(clippy::too_many_arguments)] // the form's fields, as the script reads them
pub fn rule_html(
    raad: &str,
    lang_code: &str,
    froms: Vec<String>,
    votes: Vec<String>,
    weight: String,
    majority: String,
    members: String,
    changes: Vec<String>,
    draft: String,
    file: Option<String>,
    open: bool,
    options_value: JsValue,
) -> Result<String, JsValue> {
    let lang = lang(lang_code);
    let o = options(&options_value).map_err(|e| js_error(&e, lang))?;
    let council =
        edition::council_index(raad).ok_or_else(|| js_error(&ModelError::UnknownCouncil(raad.into()), lang))?;
    let form =
        if froms.is_empty() { RuleForm::of(&o.rule, lang) } else { rule_form(froms, votes, weight, majority, members) };
    let problem = form.rule().err();
    let parsed = what_if::Membership::parse(&changes);
    let membership = parsed.as_ref().cloned().unwrap_or_default();
    let what_if = what_if::compare(&o.populations, &o.rule, &membership);
    let read = file.as_deref().map(population_file::read);
    let state = PanelState {
        form: &form,
        problem: problem.as_ref(),
        council,
        what_if: &what_if,
        file: file.as_deref().zip(read.as_ref()),
        populations_in_force: o.populations.len(),
        open,
        changes: &changes,
        membership: &membership,
        membership_problem: parsed.as_ref().err(),
        draft: MoveDraft::read(&draft),
    };
    Ok(crate::render::rule::section(lang, &state))
}

/// The rule the panel's fields make, as `overrides.rule` takes it (README,
/// "overrides"), or `null` when they make none (the panel says why).
#[wasm_bindgen(js_name = ruleOf)]
pub fn rule_of(froms: Vec<String>, votes: Vec<String>, weight: String, majority: String, members: String) -> JsValue {
    rule_form(froms, votes, weight, majority, members)
        .rule()
        .map_or(JsValue::NULL, |r| convert::to_js(&crate::state::RuleSnapshot::of(&r)))
}

/// The populations a pasted or loaded file gives, by kommunekode as text
/// (as `overrides.populations` takes them); the lines it cannot read are
/// reported by [`rule_html`].
#[wasm_bindgen(js_name = populationsOf)]
pub fn populations_of(text: &str) -> JsValue {
    let file = population_file::read(text);
    let by_text: std::collections::BTreeMap<String, u64> =
        file.populations.iter().map(|(code, n)| (code.to_string(), *n)).collect();
    convert::to_js(&by_text)
}

/// Voting power in council `raad` under `options` (as `calculate` takes
/// them), in both modes: `{ each, bloc }`, each a
/// [`crate::model::power_summary::PowerSummary`] (indices as decimal
/// strings, Banzhaf counts as text). Throws an `Error` with a readable
/// message (English; `options.lang = "da"` for Danish).
#[wasm_bindgen(js_name = powerOf)]
pub fn power_of(raad: &str, options_value: JsValue) -> Result<JsValue, JsValue> {
    use crate::model::power_summary::{power_summary, PowerResult};
    let lang = convert::message_lang(&options_value);
    options(&options_value)
        .and_then(|o| calculate(raad, &o))
        .and_then(|r| {
            Ok(PowerResult { each: power_summary(&r, Mode::Individual)?, bloc: power_summary(&r, Mode::RegionBloc)? })
        })
        .map(|p| convert::to_js(&p))
        .map_err(|e| js_error(&e, lang))
}

/// The vote simulator of council `raad` under `options`, with the reader's
/// fields as its form carries them (`names[i]` = `values[i]`; none: everyone
/// votes for). Throws an `Error` with the model's message.
#[wasm_bindgen(js_name = motionHtml)]
pub fn motion_html(
    raad: &str,
    lang_code: &str,
    names: Vec<String>,
    values: Vec<String>,
    options_value: JsValue,
) -> Result<String, JsValue> {
    let fields: Vec<(String, String)> = names.into_iter().zip(values).collect();
    council_part(raad, lang_code, &options_value, |r, lang| crate::render::motion::section(r, lang, &fields))
}

/// The chosen municipality's illustrative part of every envelope and year
/// ("my municipality's money"), or nothing when it has no population in
/// force; `kommune` 0 for none.
#[wasm_bindgen(js_name = muniMoneyHtml)]
pub fn muni_money_html(raad: &str, lang_code: &str, kommune: u16, options_value: JsValue) -> Result<String, JsValue> {
    let code = (kommune != 0).then_some(kommune);
    council_part(raad, lang_code, &options_value, |r, lang| crate::render::muni_money::section(r, code, lang))
}

/// How the council's pools add up ("Sådan hænger puljerne sammen"): the
/// total against the two frames, year by year, under `options`.
#[wasm_bindgen(js_name = moneyCheckHtml)]
pub fn money_check_html(raad: &str, lang_code: &str, options_value: JsValue) -> Result<String, JsValue> {
    council_part(raad, lang_code, &options_value, crate::render::reconcile::section)
}

/// Live suggestions for a reader's search text (forgiving, best first, at
/// most six, one per name): `[name, label, name, label, …]`, the label
/// saying what the name is ("Slagelse (kommune)", "Fyn (sundhedsråd)").
#[wasm_bindgen]
pub fn suggestions(text: &str, lang_code: &str) -> Vec<String> {
    let lang = lang(lang_code);
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for hit in crate::model::search::search(text) {
        if seen.contains(&hit.name) {
            continue;
        }
        seen.push(hit.name);
        out.push(hit.name.to_string());
        out.push(crate::render::search::suggestion_label(&hit, lang));
        if seen.len() == 6 {
            break;
        }
    }
    out
}
