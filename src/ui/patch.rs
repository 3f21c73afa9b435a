//! Updating rendered output in place: the output sections are rendered as
//! HTML text ([`crate::render`]); on a change the new text is parsed off the
//! document (a `<template>`) and only the nodes that differ are touched in
//! the live DOM (by `patch` in `js/sundhedsraad.js`). A council change then costs the style, layout and paint of
//! the cells that change, not of some 600 freshly parsed nodes, and the
//! reader's scroll position and text selection stay.
//!
//! Every piece of HTML text the widget renders reaches the DOM here and
//! nowhere else (no `inner_html` binding): the module parses it through its
//! Trusted Types policy `sundhedsraad`, so a page that enforces Trusted Types
//! (`require-trusted-types-for 'script'`) only has to allow that one name.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Makes the element behind `node` follow `html()`: patched in place on
/// every change, rendered whole the first time.
pub fn follow<E>(node: NodeRef<E>, html: impl Fn() -> String + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    effect(Box::new(move || node.get().map(JsCast::unchecked_into)), Box::new(html), false);
}

/// Makes the children of the element behind `node` be `html()`, replaced
/// whole on every change: for controls (options, fields, radios), whose
/// chosen state is set by the markup and must not be diffed into old nodes.
pub fn fill<E>(node: NodeRef<E>, html: impl Fn() -> String + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    effect(Box::new(move || node.get().map(JsCast::unchecked_into)), Box::new(html), true);
}

/// The one effect behind [`follow`] and [`fill`]: boxed, so the effect's code
/// is compiled once rather than once per call site (measured: seven generic
/// copies cost 1.6 KB brotli of the first view).
fn effect(element: Box<dyn Fn() -> Option<Element>>, html: Box<dyn Fn() -> String>, whole: bool) {
    Effect::new(move |_| {
        let text = html();
        if let Some(el) = element() {
            patch(&el, &text, whole);
        }
    });
}

thread_local! {
    static PATCHER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Sets the function that patches an element to HTML text in place
/// (`patch(element, html, whole)` in `js/sundhedsraad.js`). The diff runs in JS:
/// walked from the wasm, every node access is a call across the boundary,
/// which measured twice the script time of the whole section's re-render.
pub fn set_patcher(f: js_sys::Function) {
    PATCHER.with(|p| *p.borrow_mut() = Some(f));
}

/// Makes `live`'s children equal to the HTML text `html`: by the module's
/// patcher (in place, or replaced `whole`), or by `innerHTML` where there is
/// no patcher (a widget mounted without the module, as in the browser unit
/// tests). A patcher that throws (a page whose Trusted Types policy refuses
/// the widget's) leaves the element as it was and says why in the console.
pub fn patch(live: &Element, html: &str, whole: bool) {
    let patched = PATCHER.with(|p| {
        p.borrow().as_ref().map(|f| {
            let html = wasm_bindgen::JsValue::from_str(html);
            f.call3(&wasm_bindgen::JsValue::NULL, live, &html, &wasm_bindgen::JsValue::from_bool(whole))
        })
    });
    match patched {
        None => live.set_inner_html(html),
        Some(Err(e)) => web_sys::console::error_1(&e),
        Some(Ok(_)) => {}
    }
}
