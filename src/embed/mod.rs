//! The browser boundary: mounting the widget into a custom element's shadow
//! root, the JS API `calculate(raad, options)`, and the panic hook.
//!
//! The custom element itself is defined in `js/sundhedsraad.js`, which loads
//! this module and calls [`mount`] for each `<sundhedsraad-beregner>`.

use crate::convert;
use crate::i18n::Lang;
use crate::model::contract::calculate_result;
use crate::model::error::{Expected, ModelError};
use crate::model::report::Options;
use crate::state::Page;
use crate::ui::{address, App, Ctx};
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

/// Sets the function that patches rendered output in place
/// (`patch(element, html, whole)`; see [`crate::ui::patch`]).
#[wasm_bindgen(js_name = setPatcher)]
pub fn set_patcher(f: js_sys::Function) {
    crate::ui::patch::set_patcher(f);
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
    ctx: Ctx,
    owner: Owner,
    unmount: Option<Box<dyn std::any::Any>>,
}

/// The page's overrides, validated. `lang` belongs to `calculate`, not to
/// the overrides: a page that sets it hears so rather than seeing nothing.
fn overrides(input: Result<crate::model::contract::OptionsInput, ModelError>) -> Result<Options, ModelError> {
    let input = input?;
    if input.lang.is_some() {
        return Err(ModelError::UnknownOption("lang".into()));
    }
    Options::from_input(&input)
}

/// The `url-param` attribute: the parameter's name, or none for `none` or empty.
fn url_param(attr: Option<String>) -> Option<String> {
    match attr {
        None => Some("raad".to_string()),
        Some(p) if p.trim().is_empty() || p.trim() == "none" => None,
        Some(p) => Some(p.trim().to_string()),
    }
}

/// Mounts a widget into `root` (the host's shadow root). Reads the host's
/// attributes `raad`, `lang`, `overrides` and `url-param`.
#[wasm_bindgen]
pub fn mount(root: ShadowRoot, host: HtmlElement) -> Result<Widget, JsValue> {
    if let Some(sheet) = stylesheet() {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
    let url_param = url_param(host.get_attribute("url-param"));
    let address = url_param.as_deref().and_then(address::read_param);
    let (raad, address_unknown) =
        crate::state::starting_council(address.as_deref(), host.get_attribute("raad").as_deref());
    let lang = host.get_attribute("lang").and_then(|l| Lang::parse(&l));
    let overrides = overrides(convert::options_from_attribute(&host.get_attribute("overrides").unwrap_or_default()));
    let owner = Owner::new();
    let container: HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .ok_or_else(|| JsValue::from_str("no document"))?
        .unchecked_into();
    root.append_child(&container)?;
    let (ctx, unmount) = owner.with(|| {
        let ctx = Ctx::new(Page { raad, lang, overrides, url_param, address_unknown });
        let handle = leptos::mount::mount_to(container, move || view! { <App c=ctx /> });
        (ctx, handle)
    });
    Ok(Widget { ctx, owner, unmount: Some(Box::new(unmount)) })
}

#[wasm_bindgen]
impl Widget {
    /// Forwards an attribute change from the host element. A new `raad`
    /// shows that council and forgets the municipality chosen in the old
    /// one; a removed `raad` shows the default council, as a widget without
    /// one starts.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str, value: Option<String>) {
        let c = &self.ctx;
        match name {
            "raad" => c.show_council(value.as_deref().unwrap_or("fyn")),
            "lang" => c.set_page_lang(value.and_then(|l| Lang::parse(&l))),
            "overrides" => c.set_overrides(overrides(convert::options_from_attribute(&value.unwrap_or_default()))),
            "url-param" => c.set_url_param(url_param(value)),
            _ => {}
        }
    }

    /// Sets the overrides from a JS object (the element's `overrides` property).
    #[wasm_bindgen(js_name = setOverrides)]
    pub fn set_overrides(&self, value: JsValue) {
        self.ctx.set_overrides(overrides(convert::options_from_js(&value)));
    }

    /// Calls `emit(type, detail)` for every event the page should hear
    /// ([`crate::state::events`]): ready once, then each change and error,
    /// with a plain-object `detail`. The element turns them into DOM events.
    #[wasm_bindgen(js_name = onEvent)]
    pub fn on_event(&self, emit: js_sys::Function) {
        let ctx = self.ctx;
        self.owner.with(|| {
            Effect::new(move |before: Option<crate::state::Snapshot>| {
                let now = ctx.snapshot();
                for (name, changed) in crate::state::events(before.as_ref(), &now) {
                    let detail = convert::to_js(&now);
                    if !changed.is_empty() {
                        let list: js_sys::Array = changed.iter().map(|c| JsValue::from_str(c)).collect();
                        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("changed"), &list);
                    }
                    let _ = emit.call2(&JsValue::NULL, &JsValue::from_str(name), &detail);
                }
                now
            });
        });
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
    // The language of the message is read first, so that a message about
    // the rest of the options is in it too.
    let lang = convert::message_lang(&options);
    let input = convert::options_from_js(&options);
    let result = raad
        .as_string()
        .ok_or(ModelError::WrongType { path: "raad".into(), expected: Expected::Text })
        .and_then(|raad| calculate_result(&raad, &Options::from_input(&input?)?));
    match result {
        Ok(result) => Ok(convert::result_to_js(&result)),
        Err(e) => Err(js_sys::Error::new(&e.message(lang)).into()),
    }
}
