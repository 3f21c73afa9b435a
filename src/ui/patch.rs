//! Updating rendered output in place: the output sections are rendered as
//! HTML text ([`crate::render`]); on a change the new text is parsed off the
//! document (a `<template>`) and only the nodes that differ are touched in
//! the live DOM (by `patch` in `js/sundhedsraad.js`). A council change then costs the style, layout and paint of
//! the cells that change, not of some 600 freshly parsed nodes, and the
//! reader's scroll position and text selection stay.

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
    Effect::new(move |_| {
        let text = html();
        if let Some(el) = node.get() {
            patch(el.unchecked_ref::<Element>(), &text);
        }
    });
}

thread_local! {
    static PATCHER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Sets the function that patches an element to HTML text in place
/// (`patch(element, html)` in `js/sundhedsraad.js`). The diff runs in JS:
/// walked from the wasm, every node access is a call across the boundary,
/// which measured twice the script time of the whole section's re-render.
pub fn set_patcher(f: js_sys::Function) {
    PATCHER.with(|p| *p.borrow_mut() = Some(f));
}

/// Makes `live`'s children equal to the HTML text `html`: patched in place
/// by the page's patcher, or replaced whole where there is none (a widget
/// mounted without the module, as in the browser unit tests).
pub fn patch(live: &Element, html: &str) {
    let patched = PATCHER.with(|p| {
        p.borrow().as_ref().map(|f| f.call2(&wasm_bindgen::JsValue::NULL, live, &wasm_bindgen::JsValue::from_str(html)))
    });
    if !matches!(patched, Some(Ok(_))) {
        live.set_inner_html(html);
    }
}
