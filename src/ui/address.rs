//! Reflecting the chosen council in the page address, so a choice can be
//! linked and bookmarked. Uses `history.replaceState`: no new history entry.

/// Reads a query parameter of the page address.
pub fn read_param(name: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    url.search_params().get(name).filter(|v| !v.is_empty())
}

/// Sets a query parameter of the page address, keeping the rest.
pub fn write_param(name: &str, value: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    if url.search_params().get(name).as_deref() == Some(value) {
        return;
    }
    url.search_params().set(name, value);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}
