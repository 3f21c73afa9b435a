//! Conversion between JS values and the model's plain [`Value`], bounded in
//! depth and size so a hostile object cannot exhaust the widget.

use crate::model::value::Value;
use wasm_bindgen::{JsCast, JsValue};

/// Deepest nesting accepted; deeper parts become a string the model rejects.
const MAX_DEPTH: usize = 8;
/// Most entries accepted in one object or array.
const MAX_ENTRIES: u32 = 20_000;

/// Converts a JS value to a plain value.
pub fn from_js(v: &JsValue) -> Value {
    from_js_at(v, 0)
}

fn too_big() -> Value {
    Value::String("(too large or too deep)".into())
}

fn from_js_at(v: &JsValue, depth: usize) -> Value {
    if v.is_null() || v.is_undefined() {
        return Value::Null;
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = v.as_f64() {
        // Fractions travel as the browser's own shortest text ("312.5"), which
        // the model parses exactly; whole numbers, NaN and infinities as numbers.
        if n.is_finite() && n.fract() != 0.0 {
            return Value::String(String::from(js_sys::Number::from(n).to_string_with_radix(10).unwrap_or_default()));
        }
        return Value::Number(n);
    }
    if let Some(s) = v.as_string() {
        return Value::String(s);
    }
    if depth >= MAX_DEPTH {
        return too_big();
    }
    if let Some(a) = v.dyn_ref::<js_sys::Array>() {
        if a.length() > MAX_ENTRIES {
            return too_big();
        }
        return Value::Array(a.iter().map(|x| from_js_at(&x, depth + 1)).collect());
    }
    if v.is_object() && !v.is_function() {
        let entries = js_sys::Object::entries(v.unchecked_ref());
        if entries.length() > MAX_ENTRIES {
            return too_big();
        }
        return Value::Object(
            entries
                .iter()
                .filter_map(|e| {
                    let pair: js_sys::Array = e.dyn_into().ok()?;
                    Some((pair.get(0).as_string()?, from_js_at(&pair.get(1), depth + 1)))
                })
                .collect(),
        );
    }
    Value::String(String::from(js_sys::JsString::from(v.js_typeof())))
}

/// Parses a JSON attribute with the browser's own parser (no JSON parser in
/// the wasm); text that is not JSON becomes a string the model rejects.
pub fn parse_json_attribute(s: &str) -> Value {
    if s.trim().is_empty() {
        return Value::Null;
    }
    match js_sys::JSON::parse(s) {
        Ok(v) => from_js(&v),
        Err(_) => Value::String(s.to_string()),
    }
}

/// Converts a plain value to a JS value (objects are plain objects).
pub fn to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(a) => a.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(o) => {
            let obj = js_sys::Object::new();
            for (k, x) in o {
                let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &to_js(x));
            }
            obj.into()
        }
    }
}
