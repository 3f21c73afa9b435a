//! The JS boundary's conversions, through `serde-wasm-bindgen`: a page's
//! options in ([`OptionsInput`]), a report out ([`CalculateResult`]).
//!
//! Shape errors become the model's errors with a path, so a page hears
//! "«populations» has the wrong form: expected an object", never a serde
//! message.

use crate::model::contract::{input_error, CalculateResult, OptionsInput};
use crate::model::error::{Expected, ModelError};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// Reads a page's options: `null` or `undefined` give the defaults; text
/// (an attribute that is not JSON) and anything but a plain object are
/// rejected with a message.
pub fn options_from_js(v: &JsValue) -> Result<OptionsInput, ModelError> {
    if v.is_null() || v.is_undefined() {
        return Ok(OptionsInput::default());
    }
    if let Some(s) = v.as_string() {
        return Err(ModelError::InvalidJson(s));
    }
    if !v.is_object() || v.is_function() || js_sys::Array::is_array(v) {
        return Err(ModelError::WrongType { path: "options".into(), expected: Expected::Object });
    }
    let d = serde_wasm_bindgen::Deserializer::from(v.clone());
    serde_path_to_error::deserialize(d).map_err(|e| input_error(&e.path().to_string(), &e.inner().to_string()))
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
    r.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}
