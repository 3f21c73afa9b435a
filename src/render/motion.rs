//! The vote simulator: every member's stance as a radio group, the regional
//! members as counts, the decision rule, and the outcome with its reason.
//!
//! The reader's choices live in one map, [`MotionState`]: a municipality's
//! kommunekode → stance, and small reserved keys for the regional counts and
//! the rule (kommunekoder start at 101, so they cannot clash).

use super::Html;
use crate::i18n::sentences::{motion_member, motion_outcome, motion_regional};
use crate::i18n::texts::texts;
use crate::i18n::Lang;
use crate::model::motion::{decide, DecisionRule, Outcome, RegionalVotes, Stance};
use crate::model::report::Report;
use std::collections::BTreeMap;

/// The reader's choices: kommunekode → stance index; reserved keys below.
pub type MotionState = BTreeMap<u16, u64>;

/// Key: regional members voting against.
pub const REGION_AGAINST: u16 = 1;
/// Key: regional members abstaining.
pub const REGION_ABSTAIN: u16 = 2;
/// Key: regional members absent.
pub const REGION_ABSENT: u16 = 3;
/// Key: quorum in per cent (absent: 50).
pub const QUORUM: u16 = 4;
/// Key: abstentions count against (1) or not (absent or 0).
pub const ABSTAIN_AGAINST: u16 = 5;

const STANCES: [Stance; 4] = [Stance::For, Stance::Against, Stance::Abstain, Stance::Absent];

/// Records one control's change: `name` and `value` as the form controls
/// carry them (`m-461` = `A`, `r-against` = `3`, `quorum` = `0`, …).
/// Returns false for a name or value it does not know.
pub fn apply_change(state: &mut MotionState, name: &str, value: &str, checked: bool) -> bool {
    let number = || value.trim().parse::<u64>().ok().filter(|n| *n <= 1000);
    let (key, v) = match name {
        "r-against" => (REGION_AGAINST, number()),
        "r-abstain" => (REGION_ABSTAIN, number()),
        "r-absent" => (REGION_ABSENT, number()),
        "quorum" => (QUORUM, number().filter(|n| *n <= 100)),
        "abstain-against" => (ABSTAIN_AGAINST, Some(u64::from(checked))),
        _ => match name.strip_prefix("m-").and_then(|c| c.parse::<u16>().ok()).filter(|c| *c > 100) {
            Some(code) => {
                (code, Stance::parse(value).and_then(|s| STANCES.iter().position(|x| *x == s)).map(|i| i as u64))
            }
            None => return false,
        },
    };
    match v {
        Some(v) => {
            state.insert(key, v);
            true
        }
        None => false,
    }
}

fn stance_of(state: &MotionState, code: u16) -> Stance {
    state.get(&code).and_then(|i| STANCES.get(*i as usize)).copied().unwrap_or_default()
}

fn count(state: &MotionState, key: u16) -> u32 {
    state.get(&key).map_or(0, |n| u32::try_from(*n).unwrap_or(u32::MAX))
}

/// The vote the state describes, for the report's council.
pub fn outcome(r: &Report, state: &MotionState) -> Outcome {
    let c = &r.composition;
    let stances: Vec<Stance> = c.municipalities.iter().map(|m| stance_of(state, m.code)).collect();
    let regional = RegionalVotes::split(
        c,
        count(state, REGION_AGAINST),
        count(state, REGION_ABSTAIN),
        count(state, REGION_ABSENT),
    );
    let rule = DecisionRule {
        quorum_pct: state.get(&QUORUM).map_or(50, |q| *q as u32),
        abstain_counts_against: count(state, ABSTAIN_AGAINST) == 1,
    };
    decide(c, &stances, regional, &rule)
}

/// The controls: one radio group per municipal member, the regional counts
/// and the rule. Re-rendered only when the council changes, so focus stays.
pub fn controls(r: &Report, lang: Lang, state: &MotionState) -> String {
    let t = texts(lang);
    let c = &r.composition;
    let mut h = Html::new();
    let names = t.stances;
    for m in &c.municipalities {
        let name = format!("m-{}", m.code);
        let now = stance_of(state, m.code);
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
    for (name, key, label) in [
        ("r-against", REGION_AGAINST, names[1]),
        ("r-abstain", REGION_ABSTAIN, names[2]),
        ("r-absent", REGION_ABSENT, names[3]),
    ] {
        let value = count(state, key).min(c.regional_members).to_string();
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
    let quorum = state.get(&QUORUM).copied().unwrap_or(50);
    for (q, label) in [(50u64, t.quorum_half), (0, t.quorum_none)] {
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
    if count(state, ABSTAIN_AGAINST) == 1 {
        h.open("input", &[("type", "checkbox"), ("name", "abstain-against"), ("checked", "")]);
    } else {
        h.open("input", &[("type", "checkbox"), ("name", "abstain-against")]);
    }
    h.text(t.abstain_against).close("label");
    h.close("fieldset");
    h.finish()
}

/// The outcome in words.
pub fn outcome_text(r: &Report, lang: Lang, state: &MotionState) -> String {
    motion_outcome(lang, &outcome(r, state))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn changes_are_recorded_and_unknown_names_ignored() {
        let mut s = MotionState::new();
        assert!(apply_change(&mut s, "m-461", "A", true));
        assert!(apply_change(&mut s, "r-against", "11", true));
        assert!(apply_change(&mut s, "quorum", "0", true));
        assert!(!apply_change(&mut s, "m-5", "A", true), "reserved keys cannot be set as municipalities");
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
        let mut s = MotionState::new();
        apply_change(&mut s, "m-741", "U", true);
        let html = controls(&r, Lang::Da, &s);
        assert_eq!(html.matches("<fieldset class=\"stance vote\">").count(), 2);
        assert!(html.contains("<legend>Samsø (1 st.)</legend>"));
        assert!(html.contains("name=\"m-741\" value=\"U\" checked=\"\""));
        assert!(html.contains("name=\"r-against\" min=\"0\" max=\"4\""));
    }
}
