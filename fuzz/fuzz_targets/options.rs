//! Fuzzes the options / overrides an embedding page passes in:
//! `Options::from_value` → `calculate(raad, &options)` → `Report::to_value`.
//! None of them may panic, whatever the input.
//!
//! An input is read in one of two ways, chosen by its first byte:
//!
//! * **Text** (first byte printable ASCII, tab, CR or LF): the first line is
//!   the council id (`fyn`, `aarhus`, or garbage) and the rest is the options
//!   as lenient JSON. Without a newline the whole input is the JSON and the
//!   council is `fyn`. Besides JSON the parser accepts what a JS caller can
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
//!   council and pool ids, years, rule keys and awkward numbers), so random
//!   bytes reach deep structure at once.
//!
//! `cargo fuzz fmt options <file>` prints any input (either kind) as the text
//! kind, which can be saved and replayed as a text input.
//!
//! Besides "no panic", the target checks invariants: error messages are
//! non-empty in Danish and English; `from_value` is deterministic; an invalid
//! council id gives `UnknownCouncil` and a valid one never does; a report
//! gives the region a majority of heads and of weighted votes, adds up, keeps
//! the options, and converts to a value with only finite numbers.

#![no_main]

use arbitrary::{Arbitrary, Result as AResult, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::fmt;
use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::edition::{self, CouncilId};
use sundhedsraad_beregner::model::options::Options;
use sundhedsraad_beregner::model::report::{calculate, calculate_for, Report};
use sundhedsraad_beregner::model::value::Value;
use sundhedsraad_beregner::model::ModelError;

// ---------------------------------------------------------------- the target

fuzz_target!(|input: Input| run(&input));

fn run(input: &Input) {
    let first = Options::from_value(&input.value);
    let again = Options::from_value(&input.value);
    assert_eq!(first, again, "Options::from_value is not deterministic");
    let options = match first {
        Ok(o) => o,
        Err(e) => return check_error(&e),
    };

    let valid_id = edition::council_index(input.raad.trim()).is_some();
    match calculate(&input.raad, &options) {
        Ok(report) => {
            assert!(valid_id, "calculate accepted the unknown council id {:?}", input.raad);
            check_report(&report, &options);
        }
        Err(e) => {
            check_error(&e);
            let unknown = matches!(e, ModelError::UnknownCouncil(_));
            assert_eq!(unknown, !valid_id, "calculate({:?}) gave {e:?}", input.raad);
            if unknown {
                // Still exercise the options, on a council picked by the id.
                let i = input.raad.bytes().map(usize::from).sum::<usize>() % edition::COUNCILS.len();
                match calculate_for(CouncilId(i), &options) {
                    Ok(report) => check_report(&report, &options),
                    Err(e) => check_error(&e),
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

fn check_report(r: &Report, options: &Options) {
    let c = &r.composition;
    assert!(c.region_majority_heads, "region lacks a majority of heads: {c:?}");
    assert!(c.region_majority_votes, "region lacks a majority of votes: {c:?}");
    assert_eq!(c.total_members, c.municipal_members + c.regional_members, "{c:?}");
    assert_eq!(c.total_votes, c.municipal_votes + c.regional_votes, "{c:?}");
    assert!(c.majority_needed * 2 > c.total_votes && c.majority_needed <= c.total_votes, "{c:?}");
    assert_eq!(c.municipal_members as usize, c.municipalities.len(), "{c:?}");
    assert_eq!(c.municipal_votes, c.municipalities.iter().map(|m| m.votes).sum::<u32>(), "{c:?}");
    assert_eq!(&r.options, options);

    let v = r.to_value();
    let majority = v.get("regionMajority").expect("report value has no regionMajority");
    assert_eq!(majority.get("heads"), Some(&Value::Bool(true)));
    assert_eq!(majority.get("votes"), Some(&Value::Bool(true)));
    assert_finite(&v);
}

fn assert_finite(v: &Value) {
    match v {
        Value::Number(n) => assert!(n.is_finite(), "report value holds the number {n}"),
        Value::Array(a) => a.iter().for_each(assert_finite),
        Value::Object(o) => o.iter().for_each(|(_, x)| assert_finite(x)),
        _ => {}
    }
}

// ----------------------------------------------------------------- the input

/// A council id and the options value.
struct Input {
    raad: String,
    value: Value,
}

/// Printed as the text kind of input (what `cargo fuzz fmt` shows).
impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        render(&self.value, &mut s);
        write!(f, "{}\n{}", self.raad.replace('\n', " "), s)
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
                    Some((raad, json)) => (raad.to_string(), json),
                    None => ("fyn".to_string(), &text[..]),
                };
                let value = Parser::parse(json).ok_or(arbitrary::Error::IncorrectFormat)?;
                Ok(Input { raad, value })
            }
            Some(_) => {
                let mut u = Unstructured::new(&data[1..]);
                let raad = gen_raad(&mut u)?;
                let value = gen_value(&mut u, Ctx::Top, 0)?;
                Ok(Input { raad, value })
            }
            None => Ok(Input { raad: "fyn".into(), value: Value::Null }),
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
    Key,
    KeyWeights,
    Populations,
    Official,
    OfficialYears,
    Rule,
    Number,
    Any,
}

const OPTION_NAMES: &[&str] = &["edition", "key", "populations", "official", "rule"];
const RULE_KEYS: &[&str] = &["threshold", "votesBelow", "votesAtOrAbove", "regionalWeight"];
const KEY_NAMES: &[&str] = &["population", "anlaeg", "size", "custom", ""];
const EXTRA_EDITIONS: &[&str] = &["latest", "LATEST", " latest", "2099", ""];
const YEARS: &[&str] = &[
    "2024", "2025", "2026", "2027", "2028", "2029", "2030", "2031", "2032", "0", "-1", "-2027", " 2027 ", "2027.0",
    "99999", "65563", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "",
];
const ODD_CODES: &[&str] =
    &["0", "-1", "0461", " 461", "461 ", "+461", "461.0", "65535", "65536", "65997", "99999999999", "", "x"];
const NUMBER_TEXTS: &[&str] = &[
    "0", "-0", "1", "0.5", "0,5", "312.5", "312,5", "1.000,5", "1,000.5", "80000", "79999", "80000.0", "1e300",
    "1E5", "10000000", "10000001", "1000000", "1000000.0000001", "0.0000001", "0.000000000000000000000000001",
    "0.0000000000000000000000000001", "79228162514264337593543950335", "79228162514264337593543950336",
    "18446744073709551616", "100", "101", "-5", "--1", "1-", "1.2.3", ".", "..", ",", "-", " 7 ", "NaN",
    "Infinity", "", "١٢٣", "7\u{0}", "100000000000000000000000000000",
];
const SPECIAL_NUMBERS: &[f64] = &[
    0.0, -0.0, 1.0, 0.5, 1.5, -1.0, 2.0, 3.0, 100.0, 101.0, 79_999.0, 79_999.5, 80_000.0, 80_001.0, 1e6,
    1_000_000.000_001, 1e7, 10_000_001.0, 1e-7, 1e-28, 1e-29, 1e300, -1e300, 7.922_816_251_426_434e28, 1e29,
    9_007_199_254_740_993.0, 18_446_744_073_709_551_616.0, f64::MAX, f64::MIN_POSITIVE, 5e-324, f64::NAN,
    f64::INFINITY, f64::NEG_INFINITY,
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
            NumText::Padded(n, pad) => format!("{}{n}{}", " ".repeat(usize::from(pad % 4)), "\t".repeat(usize::from(pad / 64))),
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
    if u.ratio(1u8, 8)? {
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
        (Ctx::Top, "key") => Ctx::Key,
        (Ctx::Top, "populations") => Ctx::Populations,
        (Ctx::Top, "official") => Ctx::Official,
        (Ctx::Top, "rule") => Ctx::Rule,
        (Ctx::Populations | Ctx::KeyWeights | Ctx::OfficialYears | Ctx::Rule, _) => Ctx::Number,
        (Ctx::Official, _) => Ctx::OfficialYears,
        _ => Ctx::Any,
    }
}

fn gen_object(u: &mut Unstructured, ctx: Ctx, depth: usize) -> AResult<Value> {
    let max = match ctx {
        Ctx::KeyWeights => 20,
        Ctx::Populations => 40,
        _ => 8,
    };
    let mut entries = Vec::new();
    if ctx == Ctx::KeyWeights && u.ratio(1u8, 2)? {
        // Every council, in order: the only way a custom key is accepted.
        for c in edition::COUNCILS {
            let w = gen_value(u, Ctx::Number, depth + 1)?;
            entries.push((c.id.to_string(), w));
        }
    }
    let n = u.int_in_range(0..=max)?;
    for _ in 0..n {
        let k = gen_key(u, ctx)?;
        let v = gen_value(u, child_ctx(ctx, &k), depth + 1)?;
        entries.push((k, v));
    }
    Ok(Value::Object(entries))
}

fn gen_leaf(u: &mut Unstructured) -> AResult<Value> {
    Ok(match u.int_in_range(0u8..=5)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => Value::Number(u.arbitrary::<Num>()?.get()),
        3 => Value::String(u.arbitrary::<NumText>()?.get()),
        4 => Value::String(u.arbitrary()?),
        _ => Value::Array(Vec::new()),
    })
}

fn gen_value(u: &mut Unstructured, ctx: Ctx, depth: usize) -> AResult<Value> {
    // Now and then anything at all, whatever the context.
    if depth >= MAX_DEPTH || u.ratio(1u8, 16)? {
        return gen_leaf(u);
    }
    Ok(match ctx {
        Ctx::Top | Ctx::Populations | Ctx::Official | Ctx::OfficialYears | Ctx::Rule | Ctx::KeyWeights => {
            gen_object(u, ctx, depth)?
        }
        Ctx::Edition => {
            let mut ids: Vec<&str> = edition::DOCUMENTS.iter().map(|d| d.id).collect();
            ids.extend(EXTRA_EDITIONS);
            Value::String(pick(u, &ids)?)
        }
        Ctx::Key => {
            if u.ratio(1u8, 2)? {
                gen_object(u, Ctx::KeyWeights, depth)?
            } else {
                Value::String(pick(u, KEY_NAMES)?)
            }
        }
        Ctx::Number => {
            if u.ratio(1u8, 2)? {
                Value::Number(u.arbitrary::<Num>()?.get())
            } else {
                Value::String(u.arbitrary::<NumText>()?.get())
            }
        }
        Ctx::Any => match u.int_in_range(0u8..=3)? {
            0 => {
                let n = u.int_in_range(0..=4)?;
                Value::Array((0..n).map(|_| gen_value(u, Ctx::Any, depth + 1)).collect::<AResult<_>>()?)
            }
            1 => gen_object(u, Ctx::Any, depth)?,
            _ => gen_leaf(u)?,
        },
    })
}

// ------------------------------------------------------------ the text kind

/// Nesting deeper than this is rejected (the input is skipped).
const MAX_TEXT_DEPTH: usize = 64;

/// A lenient JSON parser: also `NaN`, `Infinity`, `-Infinity`, `undefined`,
/// raw control characters in strings, and duplicate keys (kept in order).
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn parse(text: &'a str) -> Option<Value> {
        let mut p = Parser { s: text.as_bytes(), i: 0 };
        p.ws();
        let v = p.value(0)?;
        p.ws();
        (p.i == p.s.len()).then_some(v)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let ok = self.s[self.i..].starts_with(word.as_bytes());
        if ok {
            self.i += word.len();
        }
        ok
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_TEXT_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => {
                self.i += 1;
                let mut entries = Vec::new();
                self.ws();
                if self.eat("}") {
                    return Some(Value::Object(entries));
                }
                loop {
                    self.ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let k = self.string()?;
                    self.ws();
                    if !self.eat(":") {
                        return None;
                    }
                    self.ws();
                    let v = self.value(depth + 1)?;
                    entries.push((k, v));
                    self.ws();
                    if self.eat("}") {
                        return Some(Value::Object(entries));
                    }
                    if !self.eat(",") {
                        return None;
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat("]") {
                    return Some(Value::Array(items));
                }
                loop {
                    self.ws();
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat("]") {
                        return Some(Value::Array(items));
                    }
                    if !self.eat(",") {
                        return None;
                    }
                }
            }
            b'"' => self.string().map(Value::String),
            _ if self.eat("true") => Some(Value::Bool(true)),
            _ if self.eat("false") => Some(Value::Bool(false)),
            _ if self.eat("null") || self.eat("undefined") => Some(Value::Null),
            _ if self.eat("NaN") => Some(Value::Number(f64::NAN)),
            _ if self.eat("Infinity") => Some(Value::Number(f64::INFINITY)),
            _ if self.eat("-Infinity") => Some(Value::Number(f64::NEG_INFINITY)),
            b'-' | b'+' | b'.' | b'0'..=b'9' => {
                let start = self.i;
                while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    self.i += 1;
                }
                let token = std::str::from_utf8(&self.s[start..self.i]).ok()?;
                token.parse::<f64>().ok().map(Value::Number)
            }
            _ => None,
        }
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let b = self.peek()?;
            self.i += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = self.peek()?;
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
                            if (0xD800..0xDC00).contains(&hi) && self.s[self.i..].starts_with(b"\\u") {
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
                        _ => return None,
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(b),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.s.get(self.i..self.i + 4)?;
        let h = std::str::from_utf8(h).ok()?;
        let n = u32::from_str_radix(h, 16).ok()?;
        self.i += 4;
        Some(n)
    }
}

/// Writes a value in the text kind's syntax (round-trips through [`Parser`]).
fn render(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_nan() => out.push_str("NaN"),
        Value::Number(n) if n.is_infinite() => out.push_str(if *n > 0.0 { "Infinity" } else { "-Infinity" }),
        Value::Number(n) => out.push_str(&format!("{n:?}")),
        Value::String(s) => render_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                render(x, out);
            }
            out.push(']');
        }
        Value::Object(o) => {
            out.push('{');
            for (i, (k, x)) in o.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                render_string(k, out);
                out.push(':');
                render(x, out);
            }
            out.push('}');
        }
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
