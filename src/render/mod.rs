//! The widget's output sections rendered to HTML text: pure functions of a
//! [`Report`](crate::model::report::Report), tested natively.
//!
//! Why HTML text and not a tree of Leptos views: the output sections are
//! replaced whole when the council changes, and rendering them as one string
//! each keeps the wasm small (one function per section instead of a generic
//! view type per element, which cost about 40 % of the module) and makes the
//! first paint one `innerHTML` parse, as close to a static page as it gets.
//! The interactive controls stay Leptos components (`crate::ui`).
//!
//! Every text that is not a literal of this module goes through [`Html::text`]
//! or an attribute, both escaped, so data and messages render as text.

pub mod controls;
pub mod map;
pub mod money;
pub mod motion;
pub mod muni_money;
pub mod municipality;
pub mod overview;
pub mod overview_page;
pub mod page;
pub mod power;
pub mod reconcile;
pub mod rule;
pub mod search;
pub mod seats;
pub mod votes;

/// An HTML text under construction; everything written through it is escaped.
#[derive(Debug, Default)]
pub struct Html(String);

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Appends `s` escaped to `out` (no allocation of its own).
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

impl Html {
    /// An empty text.
    pub fn new() -> Self {
        Self(String::with_capacity(8192))
    }

    /// Opens an element with attributes (names are literals; values escaped).
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Closes an element.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Writes escaped text.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.0, s);
        self
    }

    /// An element with attributes and escaped text content.
    pub fn el(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Opens the scrolling box around a table: a named region and a tab stop
    /// (kept only while it scrolls, by the module script), with the scroll
    /// cue `hint` it shows then.
    pub fn open_table_wrap(&mut self, label: &str, hint: &str) -> &mut Self {
        self.open(
            "div",
            &[
                ("class", "table-wrap"),
                ("tabindex", "0"),
                ("role", "region"),
                ("aria-label", label),
                ("data-hint", hint),
            ],
        )
    }

    /// The finished text.
    pub fn finish(self) -> String {
        self.0
    }
}

/// Percent-encodes text for a `data:` URL (as `encodeURIComponent`).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_renders_as_text() {
        let mut h = Html::new();
        h.el("p", &[("title", "\"><script>x</script>")], "<img src=x onerror=alert(1)>");
        let s = h.finish();
        assert_eq!(s, "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;img src=x onerror=alert(1)&gt;</p>");
    }

    #[test]
    fn percent_encoding_matches_encode_uri_component() {
        assert_eq!(percent_encode("a;b æ\n"), "a%3Bb%20%C3%A6%0A");
    }
}
