//! The JS boundary's conversions, through `serde-wasm-bindgen`: a page's
//! options in ([`OptionsInput`]), a report out ([`CalculateResult`]).
//!
//! Every part is read leniently ([`crate::model::contract`]) and checked by
//! the model, so a page hears "«populations» has the wrong form: expected an
//! object", never a serde message.

use crate::i18n::Lang;
use crate::model::contract::{unknown_option, CalculateResult, OptionsInput};
use crate::model::error::{Expected, ModelError};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// Reads a page's options: `null` or `undefined` give the defaults; text
/// (an attribute that is not JSON) and anything but a plain object are
/// rejected with a message, as is a key that is not an option (serde reads
/// a struct by its field names and would not see it).
pub fn options_from_js(v: &JsValue) -> Result<OptionsInput, ModelError> {
    if v.is_null() || v.is_undefined() {
        return Ok(OptionsInput::default());
    }
    if let Some(s) = v.as_string() {
        return Err(ModelError::InvalidJson(s));
    }
    let wrong = || ModelError::WrongType { path: "options".into(), expected: Expected::Object };
    if js_sys::Array::is_array(v) {
        return Err(wrong());
    }
    if !v.is_object() || v.is_function() {
        return Err(ModelError::InvalidJson(v.js_typeof().as_string().unwrap_or_default()));
    }
    let keys = js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>());
    unknown_option(keys.iter().filter_map(|k| k.as_string()))?;
    serde_wasm_bindgen::from_value(v.clone()).map_err(|_| wrong())
}

/// The language of the messages of `calculate` and `overview`: the options'
/// `lang` ("da" or "en"), English when there is none.
pub fn message_lang(options: &JsValue) -> Lang {
    js_sys::Reflect::get(options, &JsValue::from_str("lang"))
        .ok()
        .filter(|_| options.is_object())
        .and_then(|l| l.as_string())
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En)
}

/// Reads the `overrides` attribute: JSON parsed by the browser's own parser
/// (no JSON parser in the wasm); empty means none.
pub fn options_from_attribute(s: &str) -> Result<OptionsInput, ModelError> {
    if s.trim().is_empty() {
        return Ok(OptionsInput::default());
    }
    match js_sys::JSON::parse(s) {
        Ok(v) if v.is_string() => Err(ModelError::InvalidJson(s.to_string())),
        Ok(v) => options_from_js(&v),
        Err(_) => Err(ModelError::InvalidJson(s.to_string())),
    }
}

/// A report as plain JS objects: money as decimal strings, missing values
/// as `null`.
pub fn result_to_js(r: &CalculateResult) -> JsValue {
    to_js(r)
}

/// Any contract value as plain JS objects (`null` for missing values).
pub fn to_js<T: Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}
