//! The browser boundary: mounting the widget into a custom element's shadow
//! root, the JS API `calculate(raad, options)`, and the panic hook.
//!
//! The custom element itself is defined in `js/sundhedsraad.js`, which loads
//! this module and calls [`mount`] for each `<sundhedsraad-beregner>`.

mod convert;

use crate::model::error::{Expected, ModelError};
use crate::model::report::{calculate as model_calculate, Options};
use crate::model::value::Value;
use crate::ui::{address, App, WidgetInputs};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

/// The widget's stylesheet, adopted by every shadow root.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    static PANIC_HANDLER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
}

/// Installs the panic hook: a panic is reported to `handler(message)`, which
/// the custom element uses to show a visible error in place of the widget.
#[wasm_bindgen(js_name = setPanicHandler)]
pub fn set_panic_handler(handler: js_sys::Function) {
    PANIC_HANDLER.with(|h| *h.borrow_mut() = Some(handler));
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&msg));
        PANIC_HANDLER.with(|h| {
            if let Ok(h) = h.try_borrow() {
                if let Some(f) = h.as_ref() {
                    let _ = f.call1(&JsValue::NULL, &JsValue::from_str(&msg));
                }
            }
        });
    }));
}

/// Panics on purpose: lets the tests prove that a panic becomes a visible
/// error message and never a blank box.
#[doc(hidden)]
#[wasm_bindgen(js_name = __panicForTest)]
pub fn panic_for_test() {
    panic!("panic requested by a test");
}

fn stylesheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|s| {
        if s.borrow().is_none() {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(CSS).ok()?;
            *s.borrow_mut() = Some(sheet);
        }
        s.borrow().clone()
    })
}

/// A mounted widget; the custom element keeps it and forwards changes.
#[wasm_bindgen]
pub struct Widget {
    inputs: WidgetInputs,
    owner: Owner,
    unmount: Option<Box<dyn std::any::Any>>,
}

/// Mounts a widget into `root` (the host's shadow root). Reads the host's
/// attributes `raad`, `lang`, `overrides` and `url-param`.
#[wasm_bindgen]
pub fn mount(root: ShadowRoot, host: HtmlElement) -> Result<Widget, JsValue> {
    if let Some(sheet) = stylesheet() {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    let url_param = match host.get_attribute("url-param") {
        None => Some("raad".to_string()),
        Some(p) if p.is_empty() || p == "none" => None,
        Some(p) => Some(p),
    };
    let raad = url_param
        .as_deref()
        .and_then(address::read_param)
        .or_else(|| host.get_attribute("raad"))
        .unwrap_or_else(|| "fyn".to_string());
    let lang = host.get_attribute("lang").unwrap_or_default();
    let overrides = host.get_attribute("overrides").map(|s| convert::parse_json_attribute(&s)).unwrap_or(Value::Null);
    let owner = Owner::new();
    let container: HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .ok_or_else(|| JsValue::from_str("no document"))?
        .unchecked_into();
    root.append_child(&container)?;
    let (inputs, unmount) = owner.with(|| {
        let inputs = WidgetInputs::new(raad, lang, overrides, url_param.clone().unwrap_or_default());
        let handle = leptos::mount::mount_to(container, move || view! { <App inputs=inputs /> });
        (inputs, handle)
    });
    Ok(Widget { inputs, owner, unmount: Some(Box::new(unmount)) })
}

#[wasm_bindgen]
impl Widget {
    /// Forwards an attribute change from the host element.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        match name {
            "raad" => {
                if let Some(v) = value {
                    self.inputs.raad.set(v);
                }
            }
            "lang" => self.inputs.lang.set(value.unwrap_or_default()),
            "overrides" => {
                self.inputs.overrides.set(value.map(|s| convert::parse_json_attribute(&s)).unwrap_or(Value::Null))
            }
            _ => {}
        }
    }

    /// Sets the overrides from a JS object (the element's `overrides` property).
    #[wasm_bindgen(js_name = setOverrides)]
    pub fn set_overrides(&self, value: JsValue) {
        self.inputs.overrides.set(convert::from_js(&value));
    }

    /// Unmounts the widget and frees its reactive state.
    pub fn unmount(mut self) {
        self.unmount.take();
        self.owner.cleanup();
    }
}

/// `calculate(raad, options)`: everything the widget computes, as plain
/// objects. Money is given as strings of exact mio. kr. Throws an `Error`
/// with a readable message (English; `options.lang = "da"` for Danish).
#[wasm_bindgen]
pub fn calculate(raad: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let mut value = convert::from_js(&options);
    let mut lang = crate::i18n::Lang::En;
    if let Value::Object(entries) = &mut value {
        if let Some(i) = entries.iter().position(|(k, _)| k == "lang") {
            if let (_, Value::String(l)) = entries.remove(i) {
                lang = crate::i18n::Lang::parse(&l).unwrap_or(lang);
            }
        }
    }
    let result = raad
        .as_string()
        .ok_or(ModelError::WrongType { path: "raad".into(), expected: Expected::Text })
        .and_then(|raad| Options::from_value(&value).and_then(|o| model_calculate(&raad, &o)));
    match result {
        Ok(report) => Ok(convert::to_js(&report.to_value())),
        Err(e) => Err(js_sys::Error::new(&e.message(lang)).into()),
    }
}
