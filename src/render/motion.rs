//! The vote simulator ("Prøv en afstemning"), drawn by the explore module
//! inside the council view's closed `details`: the outcome first (where a
//! projector audience sees it change), then each member's stance as a radio
//! group, the regional members as counts, the decision rule and a reset.
//!
//! What the reader enters is what is counted: fields that cannot be counted
//! as typed (−3, 20 of 11, 6 + 6 of 11) are named, and the outcome waits
//! until they are corrected ([`crate::model::motion::read_ballot`]). The
//! texts are local to this module ([`MotionTexts`], Danish and English).

use super::Html;
use crate::i18n::sentences::votes_count;
use crate::i18n::Lang;
use crate::model::motion::{read_ballot, Ballot, BallotProblem, Outcome, RegionalField, Stance};
use crate::model::report::Report;

const STANCES: [Stance; 4] = [Stance::For, Stance::Against, Stance::Abstain, Stance::Absent];

/// The simulator's fixed texts in one language.
#[derive(Debug)]
pub struct MotionTexts {
    /// The stances: for, against, abstains, absent.
    pub stances: [&'static str; 4],
    /// Legend of the decision rule.
    pub decision_rule: &'static str,
    /// Quorum: half the votes.
    pub quorum_half: &'static str,
    /// No quorum.
    pub quorum_none: &'static str,
    /// Abstentions count as against.
    pub abstain_against: &'static str,
    /// The reset button.
    pub reset: &'static str,
    /// After a problem: the outcome waits.
    pub corrected: &'static str,
}

const DA: MotionTexts = MotionTexts {
    stances: ["For", "Imod", "Undlader", "Fraværende"],
    decision_rule: "Beslutningsregel",
    quorum_half: "Mindst halvdelen af stemmerne til stede",
    quorum_none: "Intet krav om fremmøde",
    abstain_against: "Undladelser tæller som imod",
    reset: "Nulstil afstemningen",
    corrected: "Resultatet vises, når tallene er rettet.",
};

const EN: MotionTexts = MotionTexts {
    stances: ["For", "Against", "Abstains", "Absent"],
    decision_rule: "Decision rule",
    quorum_half: "At least half the votes present",
    quorum_none: "No quorum",
    abstain_against: "Abstentions count as against",
    reset: "Reset the vote",
    corrected: "The result is shown once the numbers are corrected.",
};

impl MotionTexts {
    /// The texts in `lang`.
    pub fn of(lang: Lang) -> &'static MotionTexts {
        match lang {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}

/// The simulator for the report's council with the reader's fields as typed
/// (`(name, value)`, see [`read_ballot`]; none: everyone votes for).
pub fn section(r: &Report, lang: Lang, fields: &[(String, String)]) -> String {
    let t = MotionTexts::of(lang);
    let (ballot, problems) = read_ballot(fields, &r.composition);
    let typed = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim().to_string());
    let mut h = Html::new();
    let outcome =
        if problems.is_empty() { outcome_text(r, lang, &ballot.outcome(&r.composition)) } else { String::new() };
    h.el("p", &[("class", "outcome"), ("role", "status")], &outcome);
    let mut message: Vec<String> = problems.iter().map(|p| problem_text(lang, p)).collect();
    if !message.is_empty() {
        message.push(t.corrected.to_string());
    }
    h.el("p", &[("class", "msg"), ("role", "alert")], &message.join(" "));
    h.open("form", &[("class", "stances")]);
    controls(&mut h, r, lang, &ballot, &typed);
    h.close("form");
    h.el("button", &[("type", "button"), ("data-motion-reset", "")], t.reset);
    h.finish()
}

/// One radio group per municipal member, the regional counts (as typed) and
/// the rule.
fn controls(h: &mut Html, r: &Report, lang: Lang, ballot: &Ballot, typed: &dyn Fn(&str) -> Option<String>) {
    let t = MotionTexts::of(lang);
    let c = &r.composition;
    for m in &c.municipalities {
        let name = format!("m-{}", m.code);
        let now = ballot.stance(m.code);
        h.open("fieldset", &[("class", "stance vote")]);
        h.el("legend", &[], &member_legend(lang, m.name, m.votes));
        h.open("div", &[("class", "choices")]);
        for (s, label) in STANCES.iter().zip(t.stances) {
            let mut attrs = vec![("type", "radio"), ("name", name.as_str()), ("value", s.code())];
            if *s == now {
                attrs.push(("checked", ""));
            }
            h.open("label", &[]).open("input", &attrs).text(label).close("label");
        }
        h.close("div").close("fieldset");
    }
    h.open("fieldset", &[("class", "stance regional")]);
    h.el("legend", &[], &regional_legend(lang, c.regional_members));
    let max = c.regional_members.to_string();
    for (name, label) in [("r-against", t.stances[1]), ("r-abstain", t.stances[2]), ("r-absent", t.stances[3])] {
        let value = typed(name).unwrap_or_else(|| "0".to_string());
        h.open("label", &[]).text(label);
        let attrs = [
            ("type", "number"),
            ("name", name),
            ("min", "0"),
            ("max", &max),
            ("value", &value),
            ("inputmode", "numeric"),
        ];
        h.open("input", &attrs);
        h.close("label");
    }
    h.close("fieldset");
    h.open("fieldset", &[("class", "stance")]);
    h.el("legend", &[], t.decision_rule);
    for (q, label) in [(50u32, t.quorum_half), (0, t.quorum_none)] {
        let qs = q.to_string();
        let mut attrs = vec![("type", "radio"), ("name", "quorum"), ("value", qs.as_str())];
        if q == ballot.rule.quorum_pct {
            attrs.push(("checked", ""));
        }
        h.open("label", &[]).open("input", &attrs).text(label).close("label");
    }
    let mut attrs = vec![("type", "checkbox"), ("name", "abstain-against")];
    if ballot.rule.abstain_counts_against {
        attrs.push(("checked", ""));
    }
    h.open("label", &[]).open("input", &attrs).text(t.abstain_against).close("label");
    h.close("fieldset");
}

/// A municipal member's legend: "Odense (2 st.)", "Odense (2 votes)".
pub fn member_legend(lang: Lang, name: &str, votes: u32) -> String {
    match lang {
        Lang::Da => format!("{name} ({votes} st.)"),
        Lang::En => format!("{name} ({})", votes_count(lang, votes)),
    }
}

/// The regional members' legend.
fn regional_legend(lang: Lang, members: u32) -> String {
    match lang {
        Lang::Da => format!("Regionens {members} medlemmer – de øvrige stemmer for"),
        Lang::En => format!("The region's {members} members – the others vote for"),
    }
}

/// Why the fields cannot be counted as typed.
fn problem_text(lang: Lang, p: &BallotProblem) -> String {
    match p {
        BallotProblem::NotACount { field, value, members } => {
            let t = MotionTexts::of(lang);
            let label = match field {
                RegionalField::Against => t.stances[1],
                RegionalField::Abstain => t.stances[2],
                RegionalField::Absent => t.stances[3],
            };
            match lang {
                Lang::Da => format!("Regionens medlemmer, {label}: «{value}» er ikke et antal fra 0 til {members}."),
                Lang::En => format!("The region's members, {label}: «{value}» is not a number from 0 to {members}."),
            }
        }
        BallotProblem::MoreThanMembers { sum, members } => match lang {
            Lang::Da => {
                format!("Imod, undlader og fraværende er tilsammen {sum}, men regionen har kun {members} medlemmer.")
            }
            Lang::En => {
                format!("Against, abstaining and absent add up to {sum}, but the region has only {members} members.")
            }
        },
    }
}

/// A vote's outcome in words, with the reason when it fails for want of a
/// quorum or by a tie, when the region decides alone, and, when it passes
/// with fewer votes than the council's majority of all votes, why both
/// numbers hold.
pub fn outcome_text(r: &Report, lang: Lang, o: &Outcome) -> String {
    let (yes, no, abstain, present, total, needed) = (o.yes, o.no, o.abstain, o.present, o.total, o.quorum_needed);
    let mut s = match (lang, o.passes) {
        (Lang::Da, true) => format!("Forslaget vedtages: {yes} stemmer for, {no} imod"),
        (Lang::Da, false) => format!("Forslaget falder: {yes} stemmer for, {no} imod"),
        (Lang::En, true) => format!("The motion passes: {yes} votes for, {no} against"),
        (Lang::En, false) => format!("The motion fails: {yes} votes for, {no} against"),
    };
    s += &match lang {
        Lang::Da => format!(", {abstain} undlader; {present} af {total} stemmer til stede."),
        Lang::En => format!(", {abstain} abstaining; {present} of {total} votes present."),
    };
    if !o.quorum_met {
        s += &match lang {
            Lang::Da => format!(" Der skal være mindst {needed} stemmer til stede."),
            Lang::En => format!(" At least {needed} votes must be present."),
        };
    } else if o.yes == o.no {
        s += match lang {
            Lang::Da => " Stemmelighed: forslaget er ikke vedtaget.",
            Lang::En => " A tie: the motion is not carried.",
        };
    }
    let majority = r.composition.majority_needed;
    if o.passes && o.yes < majority {
        s += &match lang {
            Lang::Da => format!(" Det er færre end de {majority} stemmer, der er flertal, når alle rådets {total} stemmer afgives: her tæller kun de afgivne stemmer."),
            Lang::En => format!(" That is fewer than the {majority} votes that are a majority when all the council's {total} votes are cast: here only the votes cast count."),
        };
    }
    if o.region_decides {
        s += match lang {
            Lang::Da => " Regionens medlemmer stemmer samlet og har flere stemmer end alle kommunerne tilsammen, så de afgør sagen alene.",
            Lang::En => " The region's members vote together and hold more votes than all the municipalities, so they decide alone.",
        };
    }
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_outcome_comes_first_and_follows_the_fields() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let html = section(&r, Lang::Da, &fields(&[("m-461", "A"), ("r-against", "11")]));
        let outcome = html.find("class=\"outcome\"").unwrap();
        assert!(outcome < html.find("<form").unwrap(), "the outcome above the controls");
        assert!(html.contains("Forslaget falder: 8 stemmer for, 13 imod"));
        assert!(html.contains("name=\"m-461\" value=\"A\" checked=\"\""));
        assert!(html.contains("name=\"r-against\" min=\"0\" max=\"11\" value=\"11\""));
    }

    #[test]
    fn fields_that_cannot_be_counted_are_named_and_shown_as_typed() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let html = section(&r, Lang::Da, &fields(&[("r-against", "6"), ("r-abstain", "6")]));
        assert!(html.contains("<p class=\"outcome\" role=\"status\"></p>"), "no outcome while the numbers disagree");
        assert!(html.contains("tilsammen 12, men regionen har kun 11 medlemmer"));
        assert!(html.contains("name=\"r-abstain\" min=\"0\" max=\"11\" value=\"6\""), "shown as typed");
        let html = section(&r, Lang::En, &fields(&[("r-against", "-3")]));
        assert!(html.contains("«-3» is not a number from 0 to 11"));
        assert!(html.contains("value=\"-3\""));
    }

    #[test]
    fn a_pass_below_the_council_majority_says_why_both_hold() {
        // Fyn: 21 votes, majority 11. All municipalities absent, the region 6 for, 5 against: 6 to 5 passes
        // without a quorum rule.
        let r = calculate("fyn", &Options::default()).unwrap();
        let mut f: Vec<(&str, &str)> = r.composition.municipalities.iter().map(|_| ("", "")).collect();
        let names: Vec<String> = r.composition.municipalities.iter().map(|m| format!("m-{}", m.code)).collect();
        for (slot, name) in f.iter_mut().zip(&names) {
            *slot = (name, "X");
        }
        f.extend([("r-against", "5"), ("quorum", "0")]);
        let html = section(&r, Lang::Da, &fields(&f));
        assert!(html.contains("Forslaget vedtages: 6 stemmer for, 5 imod"), "{html}");
        assert!(html.contains("færre end de 11 stemmer, der er flertal"));
    }
}
