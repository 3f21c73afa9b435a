//! The vote simulator: every member's stance as a radio group, the regional
//! members as counts, the decision rule, and the outcome with its reason.
//!
//! The reader's choices are a [`Ballot`]; [`apply_change`] records a
//! control's change in it by the control's name.

use super::Html;
use crate::i18n::sentences::{motion_member, motion_outcome, motion_regional};
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::motion::{Ballot, Stance};
use crate::model::report::Report;

const STANCES: [Stance; 4] = [Stance::For, Stance::Against, Stance::Abstain, Stance::Absent];

/// Records one control's change: `name` and `value` as the form controls
/// carry them (`m-461` = `A`, `r-against` = `3`, `quorum` = `0`, …).
/// Returns false for a name or value it does not know.
pub fn apply_change(state: &mut Ballot, name: &str, value: &str, checked: bool) -> bool {
    let number = || value.trim().parse::<u32>().ok().filter(|n| *n <= 1000);
    let set = |slot: &mut u32, n: Option<u32>| n.map(|n| *slot = n).is_some();
    match name {
        "r-against" => set(&mut state.regional.against, number()),
        "r-abstain" => set(&mut state.regional.abstain, number()),
        "r-absent" => set(&mut state.regional.absent, number()),
        "quorum" => set(&mut state.rule.quorum_pct, number().filter(|n| *n <= 100)),
        "abstain-against" => {
            state.rule.abstain_counts_against = checked;
            true
        }
        _ => {
            let code = name.strip_prefix("m-").and_then(|c| c.parse::<u16>().ok());
            let known = code.and_then(crate::model::edition::municipality_by_code).map(|m| m.code);
            match (known, Stance::parse(value)) {
                (Some(code), Some(stance)) => {
                    state.stances.insert(code, stance);
                    true
                }
                _ => false,
            }
        }
    }
}

/// The vote the state describes, for the report's council.
pub fn outcome(r: &Report, state: &Ballot) -> crate::model::motion::Outcome {
    state.outcome(&r.composition)
}

/// The controls: one radio group per municipal member, the regional counts
/// and the rule. Re-rendered only when the council changes, so focus stays.
pub fn controls(r: &Report, lang: Lang, state: &Ballot) -> String {
    let t = texts(lang);
    let c = &r.composition;
    let mut h = Html::new();
    let names = t.stances;
    for m in &c.municipalities {
        let name = format!("m-{}", m.code);
        let now = state.stance(m.code);
        h.open("fieldset", &[("class", "stance vote")]);
        h.el("legend", &[], &motion_member(lang, m.name, m.votes));
        for (s, label) in STANCES.iter().zip(names) {
            h.open("label", &[]);
            if *s == now {
                h.open("input", &[("type", "radio"), ("name", &name), ("value", s.code()), ("checked", "")]);
            } else {
                h.open("input", &[("type", "radio"), ("name", &name), ("value", s.code())]);
            }
            h.text(label).close("label");
        }
        h.close("fieldset");
    }
    h.open("fieldset", &[("class", "stance regional")]);
    h.el("legend", &[], &motion_regional(lang, c.regional_members));
    let max = c.regional_members.to_string();
    let split = state.regional;
    for (name, count, label) in [
        ("r-against", split.against, names[1]),
        ("r-abstain", split.abstain, names[2]),
        ("r-absent", split.absent, names[3]),
    ] {
        let value = count.min(c.regional_members).to_string();
        h.open("label", &[]).text(label);
        h.open(
            "input",
            &[
                ("type", "number"),
                ("name", name),
                ("min", "0"),
                ("max", &max),
                ("value", &value),
                ("inputmode", "numeric"),
            ],
        );
        h.close("label");
    }
    h.close("fieldset");
    h.open("fieldset", &[("class", "stance")]);
    h.el("legend", &[], t.decision_rule);
    let quorum = state.rule.quorum_pct;
    for (q, label) in [(50u32, t.quorum_half), (0, t.quorum_none)] {
        h.open("label", &[]);
        let qs = q.to_string();
        if q == quorum {
            h.open("input", &[("type", "radio"), ("name", "quorum"), ("value", &qs), ("checked", "")]);
        } else {
            h.open("input", &[("type", "radio"), ("name", "quorum"), ("value", &qs)]);
        }
        h.text(label).close("label");
    }
    h.open("label", &[]);
    if state.rule.abstain_counts_against {
        h.open("input", &[("type", "checkbox"), ("name", "abstain-against"), ("checked", "")]);
    } else {
        h.open("input", &[("type", "checkbox"), ("name", "abstain-against")]);
    }
    h.text(t.abstain_against).close("label");
    h.close("fieldset");
    h.finish()
}

/// The outcome in words.
pub fn outcome_text(r: &Report, lang: Lang, state: &Ballot) -> String {
    motion_outcome(lang, &outcome(r, state))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn changes_are_recorded_and_unknown_names_ignored() {
        let mut s = Ballot::default();
        assert!(apply_change(&mut s, "m-461", "A", true));
        assert!(apply_change(&mut s, "r-against", "11", true));
        assert!(apply_change(&mut s, "quorum", "0", true));
        assert!(!apply_change(&mut s, "m-5", "A", true), "no municipality has code 5");
        assert!(!apply_change(&mut s, "m-461", "<b>", true));
        assert!(!apply_change(&mut s, "r-against", "-1", true));
        assert!(!apply_change(&mut s, "evil", "1", true));
        let r = calculate("fyn", &Options::default()).unwrap();
        let o = outcome(&r, &s);
        assert_eq!((o.yes, o.no), (8, 13));
        assert!(!o.passes && o.region_decides);
        assert!(outcome_text(&r, Lang::Da, &s).starts_with("Forslaget falder: 8 stemmer for, 13 imod"));
    }

    #[test]
    fn controls_have_a_labelled_group_per_member_and_keep_choices() {
        let r = calculate("aarhus", &Options::default()).unwrap();
        let mut s = Ballot::default();
        apply_change(&mut s, "m-741", "U", true);
        let html = controls(&r, Lang::Da, &s);
        assert_eq!(html.matches("<fieldset class=\"stance vote\">").count(), 2);
        assert!(html.contains("<legend>Samsø (1 st.)</legend>"));
        assert!(html.contains("name=\"m-741\" value=\"U\" checked=\"\""));
        assert!(html.contains("name=\"r-against\" min=\"0\" max=\"4\""));
    }
}
