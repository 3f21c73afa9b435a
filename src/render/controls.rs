//! Option lists of the controls, rendered once as HTML text.

use super::Html;
use crate::model::edition::{self, CouncilId, DocumentId, RegionId, COUNCILS, DOCUMENTS, MUNICIPALITIES, REGIONS};

/// The 17 councils grouped by region; `selected` is a council id.
pub fn council_options(selected: &str) -> String {
    let mut h = Html::new();
    for (i, r) in REGIONS.iter().enumerate() {
        h.open("optgroup", &[("label", r.name)]);
        for (_, c) in edition::councils_of(RegionId(i)) {
            if c.id == selected {
                h.el("option", &[("value", c.id), ("selected", "")], c.name);
            } else {
                h.el("option", &[("value", c.id)], c.name);
            }
        }
        h.close("optgroup");
    }
    h.finish()
}

/// The municipalities of a council, after a "none chosen" option.
pub fn municipality_options(council: Option<CouncilId>, chosen: Option<u16>, none_label: &str) -> String {
    let mut h = Html::new();
    if chosen.is_none() {
        h.el("option", &[("value", ""), ("selected", "")], none_label);
    } else {
        h.el("option", &[("value", "")], none_label);
    }
    for m in council.into_iter().flat_map(edition::municipalities_of) {
        let code = m.code.to_string();
        if chosen == Some(m.code) {
            h.el("option", &[("value", &code), ("selected", "")], m.name);
        } else {
            h.el("option", &[("value", &code)], m.name);
        }
    }
    h.finish()
}

/// A population field for each municipality in `codes`, named by its
/// kommunekode, showing the population typed for it (if any).
pub fn population_fields(codes: &[u16], typed: &crate::model::votes::Populations) -> String {
    let mut h = Html::new();
    for m in codes.iter().filter_map(|c| edition::municipality_by_code(*c)) {
        let (id, code) = (format!("need-{}", m.code), m.code.to_string());
        let value = typed.get(&m.code).map(|n| n.to_string()).unwrap_or_default();
        h.open("div", &[("class", "field")]).el("label", &[("for", &id)], m.name);
        h.open(
            "input",
            &[
                ("id", &id),
                ("name", &code),
                ("type", "text"),
                ("inputmode", "numeric"),
                ("autocomplete", "off"),
                ("value", &value),
            ],
        );
        h.close("div");
    }
    h.finish()
}

/// Every council and municipality name, for the search field's suggestions.
pub fn find_suggestions() -> String {
    let mut h = Html::new();
    for c in COUNCILS {
        h.el("option", &[("value", c.name)], "");
    }
    for m in MUNICIPALITIES.iter().filter(|m| !COUNCILS.iter().any(|c| c.name == m.name)) {
        h.el("option", &[("value", m.name)], "");
    }
    h.finish()
}

/// The editions that publish figures, after "latest for each figure".
pub fn edition_options(selected: Option<DocumentId>, latest_label: &str) -> String {
    let mut h = Html::new();
    if selected.is_none() {
        h.el("option", &[("value", "latest"), ("selected", "")], latest_label);
    } else {
        h.el("option", &[("value", "latest")], latest_label);
    }
    for d in edition::editions() {
        let doc = &DOCUMENTS[d.0];
        if selected == Some(d) {
            h.el("option", &[("value", doc.id), ("selected", "")], doc.short);
        } else {
            h.el("option", &[("value", doc.id)], doc.short);
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_lists() {
        let s = council_options("fyn");
        assert_eq!(s.matches("<optgroup").count(), 4);
        assert_eq!(s.matches("<option").count(), 17);
        assert!(s.contains("<option value=\"fyn\" selected=\"\">Fyn</option>"));
        let m = municipality_options(edition::council_index("aarhus"), Some(741), "Ingen");
        assert!(m.contains("<option value=\"741\" selected=\"\">Samsø</option>"));
        assert_eq!(find_suggestions().matches("<option").count(), 17 + 98 - 2, "Horsens and Aarhus are both");
        assert!(edition_options(None, "Nyeste").contains("<option value=\"latest\" selected=\"\">Nyeste</option>"));
        let typed = crate::model::votes::Populations::from([(420, 60_000)]);
        let f = population_fields(&[461, 420], &typed);
        assert!(f.contains("<label for=\"need-461\">Odense</label><input id=\"need-461\" name=\"461\""));
        assert!(f.contains("name=\"420\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" value=\"60000\""));
    }
}
