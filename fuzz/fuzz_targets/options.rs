//! Fuzzes the options / overrides an embedding page passes in, along the
//! path the JS boundary takes (`src/embed/convert.rs`, `src/embed/mod.rs`):
//! the object's keys through `unknown_option`, the object deserialized by
//! serde into `OptionsInput`, `Options::from_input`, then
//! `calculate_result(raad, &options)` and the result serialized. None of
//! them may panic, whatever the input.
//!
//! An input is read in one of two ways, chosen by its first byte:
//!
//! * **Text** (first byte printable ASCII, tab, CR or LF): the first line is
//!   the council id (`fyn`, `aarhus`, or garbage) and the rest is the options
//!   as lenient JSON. Without a newline the whole input is the JSON and the
//!   council is `fyn`. Besides JSON the reader accepts what a JS caller can
//!   produce: `NaN`, `Infinity`, `-Infinity`, `undefined` (null), and
//!   duplicate keys (kept, in order). The seeds in `fuzz/seeds/options/` are
//!   of this kind, e.g.
//!
//!   ```text
//!   fyn
//!   {"populations": {"461": 1e300}}
//!   ```
//!
//! * **Structured** (any other first byte): the rest drives a generator that
//!   knows the shape of the options (known option names, kommunekoder,
//!   council and pool ids, years, rule keys and awkward numbers) and writes
//!   them as text of the first kind, so random bytes reach deep structure at
//!   once.
//!
//! The text is never turned into a value tree: [`Text`] is a small serde
//! `Deserializer` straight over it, which hands numbers to visitors as
//! serde-wasm-bindgen does (a safe integer as `i64`, anything else, NaN and
//! ±Infinity included, as `f64`), so `OptionsInput` is read by the same
//! `Deserialize` impls as in the browser. (`serde_json::Value` can hold
//! neither NaN nor duplicate keys.)
//!
//! `cargo fuzz fmt options <file>` prints any input (either kind) as the text
//! kind, which can be saved and replayed as a text input.
//!
//! Besides "no panic", the target checks invariants: reading and validating
//! are deterministic; a plain object without unknown or repeated option
//! names always deserializes; error messages are non-empty in Danish and
//! English; an invalid council id gives `UnknownCouncil` and a valid one
//! never does; a full result has members, votes and both region majorities
//! and adds up; a partial result (`needsPopulation`) has no members and
//! names only real municipalities of the council's region that lack a
//! population; every result serializes with `serde_json::to_value`, holding
//! only whole numbers a JS number represents exactly (what
//! serde-wasm-bindgen's json_compatible serializer accepts).

#![no_main]

use arbitrary::{Arbitrary, Result as AResult, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::contract::{calculate_result, unknown_option, CalculateResult, OptionsInput};
use sundhedsraad_beregner::model::edition;
use sundhedsraad_beregner::model::error::Expected;
use sundhedsraad_beregner::model::options::Options;
use sundhedsraad_beregner::model::votes::Majority;
use sundhedsraad_beregner::model::ModelError;

// ---------------------------------------------------------------- the target

fuzz_target!(|input: Input| run(&input));

fn run(input: &Input) {
    let first = read_options(&input.json);
    let again = read_options(&input.json);
    // Compared by their Debug text: `Given::Number(NaN)` is not `==` itself.
    let (a, b) = (format!("{first:?}"), format!("{again:?}"));
    assert_eq!(a, b, "reading the options is not deterministic");
    let options = first.and_then(|i| {
        let o = Options::from_input(&i);
        assert_eq!(o, Options::from_input(&i), "Options::from_input is not deterministic");
        o
    });
    let options = match options {
        Ok(o) => o,
        Err(e) => return check_error(&e),
    };

    let valid_id = edition::council_index(input.raad.trim()).is_some();
    match calculate_result(&input.raad, &options) {
        Ok(result) => {
            assert!(valid_id, "calculate_result accepted the unknown council id {:?}", input.raad);
            check_result(&result, &options);
        }
        Err(e) => {
            check_error(&e);
            let unknown = matches!(e, ModelError::UnknownCouncil(_));
            assert_eq!(unknown, !valid_id, "calculate_result({:?}) gave {e:?}", input.raad);
            if unknown {
                // Still exercise the options, on a council picked by the id.
                let i = input.raad.bytes().map(usize::from).sum::<usize>() % edition::COUNCILS.len();
                match calculate_result(edition::COUNCILS[i].id, &options) {
                    Ok(result) => check_result(&result, &options),
                    Err(e) => {
                        check_error(&e);
                        assert!(!matches!(e, ModelError::UnknownCouncil(_)), "{e:?}");
                    }
                }
            }
        }
    }
}

/// What the boundary makes of a page's options (`options_from_js`):
/// nothing gives the defaults, a text or a non-object is refused, an
/// object's keys are checked, then the object is deserialized.
fn read_options(json: &str) -> Result<OptionsInput, ModelError> {
    let top = Top::read(json).expect("the input was checked to parse");
    let wrong = || ModelError::WrongType { path: "options".into(), expected: Expected::Object };
    match top {
        Top::Nullish => Ok(OptionsInput::default()),
        Top::Text(s) => Err(ModelError::InvalidJson(s)),
        Top::Scalar(kind) => {
            // Not reached from a page; serde must still not panic on it.
            let _ = OptionsInput::deserialize(&mut Text::new(json));
            Err(ModelError::InvalidJson(kind.into()))
        }
        Top::Array => {
            // serde's derive reads a struct from a sequence too; not reached
            // from a page, but must not panic either.
            if let Ok(i) = OptionsInput::deserialize(&mut Text::new(json)) {
                let _ = Options::from_input(&i);
            }
            Err(wrong())
        }
        Top::Object(keys) => {
            unknown_option(&keys)?;
            let mut t = Text::new(json);
            match OptionsInput::deserialize(&mut t).and_then(|i| t.end().map(|()| i)) {
                Ok(i) => Ok(i),
                Err(e) => {
                    // A JS object has no repeated keys; otherwise reading
                    // cannot fail on a plain object (src/model/contract.rs).
                    let repeated = keys.iter().enumerate().any(|(n, k)| keys[..n].contains(k));
                    assert!(repeated, "OptionsInput did not deserialize from {json:?}: {e}");
                    Err(wrong())
                }
            }
        }
    }
}

fn check_error(e: &ModelError) {
    for lang in [Lang::Da, Lang::En] {
        let m = e.message(lang);
        assert!(!m.trim().is_empty(), "empty {lang:?} message for {e:?}");
    }
    assert!(!e.to_string().is_empty());
}

fn check_result(r: &CalculateResult, options: &Options) {
    let council = edition::council_by_id(r.council.id).expect("the result's council exists");
    if r.needs_population.is_empty() {
        let (Some(members), Some(votes), Some(majority)) = (&r.members, &r.votes, &r.region_majority) else {
            panic!("a full result lacks members, votes or regionMajority: {r:?}")
        };
        assert!(r.region_seats.is_some(), "{r:?}");
        // What the rule asks the region to hold, it holds; under "none" the flags say what it holds.
        let (heads, more) = (members.regional > members.municipal, votes.regional > votes.municipal);
        assert_eq!((majority.heads, majority.votes), (heads, more), "{members:?} {votes:?}");
        match options.rule.majority {
            Majority::HeadsAndVotes => assert!(heads && more, "region lacks a majority: {members:?} {votes:?}"),
            Majority::Votes => assert!(more, "region lacks a majority of votes: {members:?} {votes:?}"),
            Majority::Fixed(k) => assert_eq!(members.regional, k, "{members:?}"),
        }
        assert_eq!(members.total, members.municipal + members.regional, "{members:?}");
        assert_eq!(votes.total, votes.municipal + votes.regional, "{votes:?}");
        assert!(votes.majority_needed * 2 > votes.total && votes.majority_needed <= votes.total, "{votes:?}");
        assert_eq!(members.municipal as usize, r.municipalities.len(), "{members:?}");
        let sum: Option<u32> = r.municipalities.iter().map(|m| m.votes).sum();
        assert_eq!(sum, Some(votes.municipal), "{r:?}");
        assert!(r.municipalities.iter().all(|m| m.vote_share.is_some()), "{r:?}");
    } else {
        assert!(r.members.is_none(), "a partial result has members: {r:?}");
        assert!(r.votes.is_none() && r.region_majority.is_none() && r.region_seats.is_none(), "{r:?}");
        for (n, code) in r.needs_population.iter().enumerate() {
            let m = edition::municipality_by_code(*code)
                .unwrap_or_else(|| panic!("needsPopulation names {code}, no municipality"));
            let region = edition::COUNCILS[m.council.0].region;
            assert!(region == council.region, "needsPopulation names {code}, outside the council's region");
            assert!(!options.populations.contains_key(code), "needsPopulation names {code}, which has a population");
            assert!(!r.needs_population[..n].contains(code), "needsPopulation names {code} twice");
        }
    }

    let v = serde_json::to_value(r).expect("the result serializes");
    for key in ["members", "votes", "regionMajority", "regionSeats"] {
        let v = v.get(key).unwrap_or_else(|| panic!("the serialized result has no {key}"));
        assert_eq!(v.is_null(), !r.needs_population.is_empty(), "{key}: {v}");
    }
    if let Some(m) = &r.region_majority {
        assert_eq!(v["regionMajority"]["heads"], serde_json::Value::Bool(m.heads));
        assert_eq!(v["regionMajority"]["votes"], serde_json::Value::Bool(m.votes));
    }
    assert_js_numbers(&v);
}

/// Every number is whole, finite and within ±(2^53 − 1), as the
/// json_compatible serializer needs (it refuses larger integers, and the
/// result has no floats: money is decimal text).
fn assert_js_numbers(v: &serde_json::Value) {
    use serde_json::Value as J;
    const MAX_SAFE: u64 = (1 << 53) - 1;
    match v {
        J::Number(n) => {
            let ok =
                n.as_u64().is_some_and(|u| u <= MAX_SAFE) || n.as_i64().is_some_and(|i| i.unsigned_abs() <= MAX_SAFE);
            assert!(ok, "the result holds the number {n}");
        }
        J::Array(a) => a.iter().for_each(assert_js_numbers),
        J::Object(o) => o.values().for_each(assert_js_numbers),
        _ => {}
    }
}

// ----------------------------------------------------------------- the input

/// A council id and the options as lenient JSON text.
struct Input {
    raad: String,
    json: String,
}

/// Printed as the text kind of input (what `cargo fuzz fmt` shows).
impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}", self.raad.replace('\n', " "), self.json)
    }
}

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> AResult<Self> {
        let len = u.arbitrary_len::<u8>()?;
        Self::from_bytes(u.bytes(len)?)
    }

    fn arbitrary_take_rest(mut u: Unstructured<'a>) -> AResult<Self> {
        let rest = u.bytes(u.len())?;
        Self::from_bytes(rest)
    }
}

impl Input {
    fn from_bytes(data: &[u8]) -> AResult<Self> {
        match data.first() {
            Some(&b) if b == b'\t' || b == b'\n' || b == b'\r' || (0x20..0x7f).contains(&b) => {
                let text = String::from_utf8_lossy(data);
                let (raad, json) = match text.split_once('\n') {
                    Some((raad, json)) => (raad.to_string(), json.to_string()),
                    None => ("fyn".to_string(), text.into_owned()),
                };
                // Text that is not (lenient) JSON is skipped.
                Top::read(&json).ok_or(arbitrary::Error::IncorrectFormat)?;
                Ok(Input { raad, json })
            }
            Some(_) => {
                let mut u = Unstructured::new(&data[1..]);
                let raad = gen_raad(&mut u)?;
                let mut json = String::new();
                gen_value(&mut u, Ctx::Top, 0, &mut json)?;
                assert!(Top::read(&json).is_some(), "the generator wrote text the reader refuses: {json}");
                Ok(Input { raad, json })
            }
            None => Ok(Input { raad: "fyn".into(), json: "null".into() }),
        }
    }
}

// ------------------------------------------------------ the structured kind

const MAX_DEPTH: usize = 6;

/// Where in the options a value sits: decides which keys and leaves are likely.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Top,
    Edition,
    Lang,
    Key,
    KeyWeights,
    Populations,
    Official,
    OfficialYears,
    Rule,
    Number,
    Any,
}

const OPTION_NAMES: &[&str] = &sundhedsraad_beregner::model::contract::OPTION_NAMES;
const RULE_KEYS: &[&str] =
    &["threshold", "votesBelow", "votesAtOrAbove", "regionalWeight", "tiers", "majority", "regionalMembers"];
const KEY_NAMES: &[&str] = &["population", "anlaeg", "size", "custom", ""];
const EXTRA_EDITIONS: &[&str] = &["latest", "LATEST", " latest", "2099", ""];
const LANGS: &[&str] = &["da", "en", "DA", "de", ""];
const YEARS: &[&str] = &[
    "2024",
    "2025",
    "2026",
    "2027",
    "2028",
    "2029",
    "2030",
    "2031",
    "2032",
    "0",
    "-1",
    "-2027",
    " 2027 ",
    "2027.0",
    "99999",
    "65563",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "",
];
const ODD_CODES: &[&str] =
    &["0", "-1", "0461", " 461", "461 ", "+461", "461.0", "65535", "65536", "65997", "99999999999", "", "x"];
const NUMBER_TEXTS: &[&str] = &[
    "0",
    "-0",
    "1",
    "0.5",
    "0,5",
    "312.5",
    "312,5",
    "1.000,5",
    "1,000.5",
    "80000",
    "79999",
    "80000.0",
    "1e300",
    "1E5",
    "10000000",
    "10000001",
    "1000000",
    "1000000.0000001",
    "0.0000001",
    "0.000000000000000000000000001",
    "0.0000000000000000000000000001",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "18446744073709551616",
    "100",
    "101",
    "-5",
    "--1",
    "1-",
    "1.2.3",
    ".",
    "..",
    ",",
    "-",
    " 7 ",
    "NaN",
    "Infinity",
    "",
    "١٢٣",
    "7\u{0}",
    "100000000000000000000000000000",
];
const SPECIAL_NUMBERS: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    0.5,
    1.5,
    -1.0,
    2.0,
    3.0,
    100.0,
    101.0,
    79_999.0,
    79_999.5,
    80_000.0,
    80_001.0,
    1e6,
    1_000_000.000_001,
    1e7,
    10_000_001.0,
    1e-7,
    1e-28,
    1e-29,
    1e300,
    -1e300,
    7.922_816_251_426_434e28,
    1e29,
    9_007_199_254_740_991.0,
    9_007_199_254_740_992.0,
    9_007_199_254_740_993.0,
    18_446_744_073_709_551_616.0,
    62.3,
    0.1,
    0.000_001,
    0.000_000_1,
    f64::MAX,
    f64::MIN_POSITIVE,
    5e-324,
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
];

/// A leaf number, shaped by derive.
#[derive(Arbitrary, Debug)]
enum Num {
    Special(u8),
    Small(u16),
    Int(i64),
    Float(f64),
    Scaled(u32, u8),
}

impl Num {
    fn get(self) -> f64 {
        match self {
            Num::Special(i) => SPECIAL_NUMBERS[usize::from(i) % SPECIAL_NUMBERS.len()],
            Num::Small(n) => f64::from(n),
            Num::Int(n) => n as f64,
            Num::Float(x) => x,
            Num::Scaled(m, e) => f64::from(m) / 10f64.powi(i32::from(e % 32)),
        }
    }
}

/// A number written as a string, shaped by derive.
#[derive(Arbitrary, Debug)]
enum NumText {
    Known(u8),
    Int(i64),
    Big(u128),
    Float(f64),
    Decimal(u64, u8, bool),
    Padded(u32, u8),
    Raw(String),
}

impl NumText {
    fn get(self) -> String {
        match self {
            NumText::Known(i) => NUMBER_TEXTS[usize::from(i) % NUMBER_TEXTS.len()].to_string(),
            NumText::Int(n) => n.to_string(),
            NumText::Big(n) => n.to_string(),
            NumText::Float(x) => x.to_string(),
            NumText::Decimal(m, scale, comma) => {
                let digits = m.to_string();
                let scale = usize::from(scale % 40);
                let s = if scale >= digits.len() {
                    format!("0.{}{digits}", "0".repeat(scale - digits.len()))
                } else {
                    format!("{}.{}", &digits[..digits.len() - scale], &digits[digits.len() - scale..])
                };
                if comma {
                    s.replace('.', ",")
                } else {
                    s
                }
            }
            NumText::Padded(n, pad) => {
                format!("{}{n}{}", " ".repeat(usize::from(pad % 4)), "\t".repeat(usize::from(pad / 64)))
            }
            NumText::Raw(s) => s,
        }
    }
}

fn pick(u: &mut Unstructured, list: &[&str]) -> AResult<String> {
    Ok(u.choose(list)?.to_string())
}

fn gen_raad(u: &mut Unstructured) -> AResult<String> {
    let councils: Vec<&str> = edition::COUNCILS.iter().map(|c| c.id).collect();
    Ok(match u.int_in_range(0u8..=9)? {
        0..=5 => pick(u, &councils)?,
        6 => format!(" {}\t", pick(u, &councils)?),
        7 => pick(u, &councils)?.to_uppercase(),
        _ => u.arbitrary()?,
    })
}

/// A string in the spirit of the context, or any string.
fn gen_key(u: &mut Unstructured, ctx: Ctx) -> AResult<String> {
    // Any string now and then; seldom at the top, where it ends the run.
    let odds = if ctx == Ctx::Top { 32u8 } else { 8 };
    if u.ratio(1u8, odds)? {
        return u.arbitrary();
    }
    Ok(match ctx {
        Ctx::Top => pick(u, OPTION_NAMES)?,
        Ctx::Rule => pick(u, RULE_KEYS)?,
        Ctx::KeyWeights => {
            let councils: Vec<&str> = edition::COUNCILS.iter().map(|c| c.id).collect();
            pick(u, &councils)?
        }
        Ctx::Populations => {
            if u.ratio(1u8, 6)? {
                pick(u, ODD_CODES)?
            } else {
                u.choose(edition::MUNICIPALITIES)?.code.to_string()
            }
        }
        Ctx::Official => u.choose(edition::POOLS)?.id.to_string(),
        Ctx::OfficialYears => pick(u, YEARS)?,
        _ => {
            let all: Vec<&str> = OPTION_NAMES.iter().chain(RULE_KEYS).chain(YEARS).copied().collect();
            pick(u, &all)?
        }
    })
}

/// The context of the value under `key` in an object of context `ctx`.
fn child_ctx(ctx: Ctx, key: &str) -> Ctx {
    match (ctx, key) {
        (Ctx::Top, "edition") => Ctx::Edition,
        (Ctx::Top, "lang") => Ctx::Lang,
        (Ctx::Top, "key") => Ctx::Key,
        (Ctx::Top, "populations") => Ctx::Populations,
        (Ctx::Top, "official") => Ctx::Official,
        (Ctx::Top, "rule") => Ctx::Rule,
        (Ctx::Populations | Ctx::KeyWeights | Ctx::OfficialYears | Ctx::Rule, _) => Ctx::Number,
        (Ctx::Official, _) => Ctx::OfficialYears,
        _ => Ctx::Any,
    }
}

fn gen_object(u: &mut Unstructured, ctx: Ctx, depth: usize, out: &mut String) -> AResult<()> {
    let max = match ctx {
        Ctx::KeyWeights => 20,
        Ctx::Populations => 40,
        _ => 8,
    };
    out.push('{');
    let mut first = true;
    let mut entry = |out: &mut String, k: &str| {
        if !std::mem::take(&mut first) {
            out.push(',');
        }
        render_string(k, out);
        out.push(':');
    };
    if ctx == Ctx::KeyWeights && u.ratio(1u8, 2)? {
        // Every council, in order: the only way a custom key is accepted.
        for c in edition::COUNCILS {
            entry(out, c.id);
            gen_value(u, Ctx::Number, depth + 1, out)?;
        }
    }
    let n = u.int_in_range(0..=max)?;
    for _ in 0..n {
        let k = gen_key(u, ctx)?;
        entry(out, &k);
        gen_value(u, child_ctx(ctx, &k), depth + 1, out)?;
    }
    out.push('}');
    Ok(())
}

fn gen_leaf(u: &mut Unstructured, out: &mut String) -> AResult<()> {
    match u.int_in_range(0u8..=6)? {
        0 => out.push_str("null"),
        1 => out.push_str("undefined"),
        2 => out.push_str(if u.arbitrary()? { "true" } else { "false" }),
        3 => render_number(u.arbitrary::<Num>()?.get(), out),
        4 => render_string(&u.arbitrary::<NumText>()?.get(), out),
        5 => render_string(u.arbitrary()?, out),
        _ => out.push_str("[]"),
    }
    Ok(())
}

fn gen_value(u: &mut Unstructured, ctx: Ctx, depth: usize, out: &mut String) -> AResult<()> {
    // Now and then anything at all, whatever the context.
    if depth >= MAX_DEPTH || u.ratio(1u8, 16)? {
        return gen_leaf(u, out);
    }
    match ctx {
        Ctx::Top | Ctx::Populations | Ctx::Official | Ctx::OfficialYears | Ctx::Rule | Ctx::KeyWeights => {
            gen_object(u, ctx, depth, out)?
        }
        Ctx::Edition => {
            let mut ids: Vec<&str> = edition::DOCUMENTS.iter().map(|d| d.id).collect();
            ids.extend(EXTRA_EDITIONS);
            render_string(&pick(u, &ids)?, out)
        }
        Ctx::Lang => render_string(&pick(u, LANGS)?, out),
        Ctx::Key => {
            if u.ratio(1u8, 2)? {
                gen_object(u, Ctx::KeyWeights, depth, out)?
            } else {
                render_string(&pick(u, KEY_NAMES)?, out)
            }
        }
        Ctx::Number => {
            if u.ratio(1u8, 2)? {
                render_number(u.arbitrary::<Num>()?.get(), out)
            } else {
                render_string(&u.arbitrary::<NumText>()?.get(), out)
            }
        }
        Ctx::Any => match u.int_in_range(0u8..=3)? {
            0 => {
                out.push('[');
                for i in 0..u.int_in_range(0..=4)? {
                    if i > 0 {
                        out.push(',');
                    }
                    gen_value(u, Ctx::Any, depth + 1, out)?;
                }
                out.push(']');
            }
            1 => gen_object(u, Ctx::Any, depth, out)?,
            _ => gen_leaf(u, out)?,
        },
    }
    Ok(())
}

/// A number in the text kind's syntax (read back exactly by [`Text`]).
fn render_number(n: f64, out: &mut String) {
    if n.is_nan() {
        out.push_str("NaN");
    } else if n.is_infinite() {
        out.push_str(if n > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        out.push_str(&format!("{n:?}"));
    }
}

fn render_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

// ------------------------------------------------------------ the text kind

/// Nesting deeper than this is refused.
const MAX_TEXT_DEPTH: usize = 64;

/// A serde `Deserializer` straight over lenient JSON text: JSON, and also
/// `NaN`, `Infinity`, `-Infinity`, `undefined` (as null), raw control
/// characters in strings, and repeated keys (handed on in order). Numbers
/// reach a visitor as serde-wasm-bindgen hands a JS number on: a safe
/// integer (−0 included) as `i64`, anything else as `f64`.
struct Text<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

/// A syntax error, or an error a visitor raised.
#[derive(Debug, Clone, PartialEq)]
struct TextError(String);

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TextError {}

impl de::Error for TextError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TextError(msg.to_string())
    }
}

fn syntax<T>(what: &str, at: usize) -> Result<T, TextError> {
    Err(TextError(format!("{what} at byte {at}")))
}

impl<'a> Text<'a> {
    fn new(text: &'a str) -> Self {
        Text { s: text.as_bytes(), i: 0, depth: 0 }
    }

    /// Only white space is left.
    fn end(&mut self) -> Result<(), TextError> {
        self.ws();
        if self.i == self.s.len() {
            Ok(())
        } else {
            syntax("trailing characters", self.i)
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn at(&self, word: &str) -> bool {
        self.s[self.i..].starts_with(word.as_bytes())
    }

    fn eat(&mut self, word: &str) -> bool {
        let ok = self.at(word);
        if ok {
            self.i += word.len();
        }
        ok
    }

    fn expect(&mut self, word: &str) -> Result<(), TextError> {
        self.ws();
        if self.eat(word) {
            Ok(())
        } else {
            syntax(&format!("expected {word}"), self.i)
        }
    }

    fn nullish(&self) -> bool {
        self.at("null") || self.at("undefined")
    }

    fn enter(&mut self) -> Result<(), TextError> {
        self.depth += 1;
        if self.depth > MAX_TEXT_DEPTH {
            return syntax("nested too deep", self.i);
        }
        self.i += 1;
        Ok(())
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String, TextError> {
        let start = self.i;
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.peek() else { return syntax("unterminated string", start) };
            self.i += 1;
            match b {
                b'"' => return String::from_utf8(out).or_else(|_| syntax("invalid UTF-8", start)),
                b'\\' => {
                    let Some(e) = self.peek() else { return syntax("unterminated string", start) };
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            if (0xD800..0xDC00).contains(&hi) && self.at("\\u") {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                        .unwrap_or('\u{fffd}')
                                } else {
                                    self.i = save;
                                    '\u{fffd}'
                                }
                            } else {
                                char::from_u32(hi).unwrap_or('\u{fffd}')
                            }
                        }
                        _ => return syntax("bad escape", self.i - 1),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(b),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, TextError> {
        let n = self
            .s
            .get(self.i..self.i + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        match n {
            Some(n) => {
                self.i += 4;
                Ok(n)
            }
            None => syntax("bad \\u escape", self.i),
        }
    }

    /// A number as JS holds it.
    fn number(&mut self) -> Result<f64, TextError> {
        let start = self.i;
        if self.eat("NaN") {
            return Ok(f64::NAN);
        }
        if self.eat("Infinity") {
            return Ok(f64::INFINITY);
        }
        if self.eat("-Infinity") {
            return Ok(f64::NEG_INFINITY);
        }
        while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.i += 1;
        }
        match std::str::from_utf8(&self.s[start..self.i]).ok().and_then(|t| t.parse::<f64>().ok()) {
            Some(n) => Ok(n),
            None => syntax("bad number", start),
        }
    }
}

impl<'de> Deserializer<'de> for &mut Text<'_> {
    type Error = TextError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        self.ws();
        match self.peek() {
            Some(b'{') => {
                self.enter()?;
                let v = visitor.visit_map(Entries { t: &mut *self, first: true })?;
                self.expect("}")?;
                self.depth -= 1;
                Ok(v)
            }
            Some(b'[') => {
                self.enter()?;
                let v = visitor.visit_seq(Items { t: &mut *self, first: true })?;
                self.expect("]")?;
                self.depth -= 1;
                Ok(v)
            }
            Some(b'"') => visitor.visit_string(self.string()?),
            _ if self.eat("true") => visitor.visit_bool(true),
            _ if self.eat("false") => visitor.visit_bool(false),
            _ if self.eat("null") || self.eat("undefined") => visitor.visit_unit(),
            Some(b'-' | b'+' | b'.' | b'0'..=b'9' | b'N' | b'I') => {
                // serde-wasm-bindgen: `Number.isSafeInteger` → i64, else f64.
                let n = self.number()?;
                if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 {
                    visitor.visit_i64(n as i64)
                } else {
                    visitor.visit_f64(n)
                }
            }
            _ => syntax("expected a value", self.i),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TextError> {
        self.ws();
        if self.nullish() {
            let _ = self.eat("null") || self.eat("undefined");
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// The entries of an object, keys as strings.
struct Entries<'t, 'a> {
    t: &'t mut Text<'a>,
    first: bool,
}

impl<'de> MapAccess<'de> for Entries<'_, '_> {
    type Error = TextError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, TextError> {
        let t = &mut *self.t;
        t.ws();
        if t.peek() == Some(b'}') {
            return Ok(None);
        }
        if !std::mem::take(&mut self.first) {
            t.expect(",")?;
            t.ws();
        }
        if t.peek() != Some(b'"') {
            return syntax("expected a key", t.i);
        }
        let key = t.string()?;
        t.expect(":")?;
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TextError> {
        seed.deserialize(&mut *self.t)
    }
}

/// The items of an array.
struct Items<'t, 'a> {
    t: &'t mut Text<'a>,
    first: bool,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = TextError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, TextError> {
        let t = &mut *self.t;
        t.ws();
        if t.peek() == Some(b']') {
            return Ok(None);
        }
        if !std::mem::take(&mut self.first) {
            t.expect(",")?;
        }
        seed.deserialize(&mut *self.t).map(Some)
    }
}

/// What the boundary looks at before serde reads the options: the kind of
/// the value, and an object's keys in order. Reading it also checks that
/// the whole text parses.
#[derive(Debug)]
enum Top {
    Nullish,
    Text(String),
    Scalar(&'static str),
    Array,
    Object(Vec<String>),
}

impl Top {
    fn read(json: &str) -> Option<Top> {
        let mut t = Text::new(json);
        let top = Top::deserialize(&mut t).ok()?;
        t.end().ok()?;
        Some(top)
    }
}

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Top;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_unit<E>(self) -> Result<Top, E> {
                Ok(Top::Nullish)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Top, E> {
                Ok(Top::Scalar("boolean"))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Top, E> {
                Ok(Top::Scalar("number"))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Top, E> {
                Ok(Top::Scalar("number"))
            }
            fn visit_str<E>(self, s: &str) -> Result<Top, E> {
                Ok(Top::Text(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Top, E> {
                Ok(Top::Text(s))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Top::Array)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
                let mut keys = Vec::new();
                while let Some((k, de::IgnoredAny)) = map.next_entry::<String, de::IgnoredAny>()? {
                    keys.push(k);
                }
                Ok(Top::Object(keys))
            }
        }
        d.deserialize_any(V)
    }
}
