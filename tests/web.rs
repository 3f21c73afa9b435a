//! The widget mounted in a real browser (headless Chromium via
//! `wasm-pack test --headless --chrome`): mount into a fresh element, act,
//! await a tick, assert on what a reader sees.
#![cfg(target_arch = "wasm32")]

use sundhedsraad_beregner::embed::{calculate, mount, Widget};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

include!("common/figur9.rs");

struct Mounted {
    host: HtmlElement,
    root: ShadowRoot,
    widget: Widget,
}

impl Mounted {
    fn new(attrs: &[(&str, &str)]) -> Self {
        let doc = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
        host.set_attribute("url-param", "none").unwrap();
        for (k, v) in attrs {
            host.set_attribute(k, v).unwrap();
        }
        doc.body().unwrap().append_child(&host).unwrap();
        let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
        let widget = mount(root.clone(), host.clone()).unwrap();
        Self { host, root, widget }
    }

    fn text(&self, selector: &str) -> String {
        self.root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// Lets Leptos run its scheduled updates.
async fn tick() {
    for _ in 0..3 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn all_17_councils_show_figur_9_member_counts() {
    let m = Mounted::new(&[("raad", "fyn")]);
    tick().await;
    for (id, members) in FIGUR_9_MEMBERS {
        m.widget.attribute_changed("raad", Some(id.to_string()));
        tick().await;
        assert_eq!(m.text("dd[data-fact=members]"), members.to_string(), "{id}");
        let (n, v) = (m.count(".vote-table tbody tr") - 1, m.text("dd[data-fact=majority]"));
        assert!(n >= 2 && !v.is_empty(), "{id}: {n} municipalities, majority {v}");
    }
}

#[wasm_bindgen_test]
async fn danish_by_default_and_english_on_request() {
    let m = Mounted::new(&[("raad", "aarhus")]);
    tick().await;
    assert_eq!(m.text("h2"), "Sundhedsråd Aarhus");
    assert!(m.text(".seats").contains("Stemmer til flertal"));
    m.widget.attribute_changed("lang", Some("en".into()));
    tick().await;
    assert_eq!(m.text("h2"), "Health council Aarhus");
    assert!(m.text(".seats").contains("Votes needed for a majority"));
}

#[wasm_bindgen_test]
async fn unknown_council_says_so_and_the_chooser_still_works() {
    let m = Mounted::new(&[("raad", "atlantis")]);
    tick().await;
    assert!(m.text(".error[role=alert]").contains("«atlantis»"), "{}", m.text(".sr"));
    assert!(m.count("select#raad option") == 17);
    m.widget.attribute_changed("raad", Some("midt".into()));
    tick().await;
    assert_eq!(m.text("dd[data-fact=members]"), "9");
    assert_eq!(m.count(".error"), 0);
}

#[wasm_bindgen_test]
async fn invalid_overrides_are_rejected_visibly_and_markup_stays_text() {
    let m = Mounted::new(&[("raad", "fyn"), ("overrides", r#"{"populations":{"<img src=x onerror=alert(1)>":5}}"#)]);
    tick().await;
    let err = m.text(".error[role=alert]");
    assert!(err.contains("<img src=x onerror=alert(1)>"), "{err}");
    assert_eq!(m.count("img"), 0, "markup must render as text");
    assert_eq!(m.text("dd[data-fact=members]"), "20", "defaults still shown");
    m.widget.attribute_changed("overrides", Some("not json".into()));
    tick().await;
    assert!(!m.text(".error[role=alert]").is_empty());
    m.widget.attribute_changed("overrides", None);
    tick().await;
    assert_eq!(m.count(".error"), 0);
}

#[wasm_bindgen_test]
async fn a_population_from_the_page_changes_votes_and_seats() {
    let m = Mounted::new(&[("raad", "vendsyssel")]);
    tick().await;
    assert_eq!(m.text("dd[data-fact=members]"), "9");
    let overrides = js_sys::JSON::parse(r#"{"populations":{"860":80000}}"#).unwrap();
    m.widget.set_overrides(overrides);
    tick().await;
    assert_eq!(m.text("dd[data-fact=members]"), "10", "Hjørring at 80,000 gets 2 votes: R = 6");
    assert!(m.text(".vote-table").contains("Indtastet indbyggertal (80.000)"));
}

#[wasm_bindgen_test]
async fn two_widgets_are_independent() {
    let a = Mounted::new(&[("raad", "fyn")]);
    let b = Mounted::new(&[("raad", "aarhus"), ("lang", "en")]);
    tick().await;
    a.widget.attribute_changed("raad", Some("hovedstaden-nord".into()));
    tick().await;
    assert_eq!(a.text("dd[data-fact=members]"), "19");
    assert_eq!(b.text("dd[data-fact=members]"), "6");
    assert_eq!(b.text("h2"), "Health council Aarhus");
}

#[wasm_bindgen_test]
fn calculate_returns_plain_objects_and_throws_readable_errors() {
    let r = calculate("fyn".into(), JsValue::UNDEFINED).unwrap();
    let members = js_sys::Reflect::get(&r, &"members".into()).unwrap();
    assert_eq!(js_sys::Reflect::get(&members, &"total".into()).unwrap().as_f64(), Some(20.0));
    let envs: js_sys::Array = js_sys::Reflect::get(&r, &"envelopes".into()).unwrap().unchecked_into();
    let years: js_sys::Array = js_sys::Reflect::get(&envs.get(0), &"years".into()).unwrap().unchecked_into();
    assert!(js_sys::Reflect::get(&years.get(0), &"council".into()).unwrap().is_string());
    let e = calculate("atlantis".into(), JsValue::UNDEFINED).unwrap_err();
    assert!(calculate(JsValue::from_f64(42.0), JsValue::UNDEFINED).is_err());
    let msg = js_sys::Reflect::get(&e, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("atlantis"), "{msg}");
    let opts = js_sys::JSON::parse(r#"{"lang":"da","populations":{"461":-5}}"#).unwrap();
    let e = calculate("fyn".into(), opts).unwrap_err();
    let msg = js_sys::Reflect::get(&e, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("Indbyggertallet"), "{msg}");
}
