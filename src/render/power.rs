//! "Who decides?": the voting power of a council's members (issue 9), under
//! the report's rule, with the regional members voting one by one or as one
//! bloc. A table of the Banzhaf and Shapley–Shubik indices per member,
//! Coleman's indices of the council and its two sides, and a few sentences,
//! each following from the computed figures (see [`crate::model::power`]).
//!
//! The texts are local to this module ([`PowerTexts`], Danish and English).

use super::Html;
use crate::i18n::{format_decimal, format_int, Lang};
use crate::model::power::{power, Member, MemberPower, Mode, Power, Share};
use crate::model::power_summary::{mode_key, sum_of_shares};
use crate::model::report::Report;
use rust_decimal::Decimal;

/// Decimals of every percentage in the section (`12,3 %`).
pub const PCT_DECIMALS: u32 = 1;

/// The section's fixed texts in one language.
#[derive(Debug)]
pub struct PowerTexts {
    /// Heading.
    pub heading: &'static str,
    /// Label of the mode switch.
    pub mode_label: &'static str,
    /// Mode switch: every member votes on their own.
    pub mode_each: &'static str,
    /// Mode switch: the region's members vote together.
    pub mode_bloc: &'static str,
    /// Table caption prefix.
    pub caption: &'static str,
    /// "Member" column.
    pub member: &'static str,
    /// "Votes" column.
    pub votes: &'static str,
    /// "Share of the votes" column.
    pub vote_share: &'static str,
    /// Normalized Banzhaf column.
    pub banzhaf: &'static str,
    /// Banzhaf raw count column.
    pub banzhaf_count: &'static str,
    /// Shapley–Shubik column.
    pub shapley_shubik: &'static str,
    /// Row: one regional member (mode "each").
    pub regional_each: &'static str,
    /// Row: the regional members together (mode "each").
    pub regional_together: &'static str,
    /// Row: the regional members as one bloc.
    pub regional_bloc: &'static str,
    /// "Total" row.
    pub total: &'static str,
    /// Coleman sub-heading.
    pub coleman: &'static str,
    /// The council's power to act.
    pub act: &'static str,
    /// Explanation of the power to act.
    pub act_note: &'static str,
    /// "Side" column.
    pub side: &'static str,
    /// Power to prevent action.
    pub prevent: &'static str,
    /// Power to initiate action.
    pub initiate: &'static str,
    /// The municipal members together.
    pub municipalities: &'static str,
    /// The regional members together.
    pub region: &'static str,
    /// What the columns mean, and their rounding.
    pub columns_note: &'static str,
    /// What "decisive" means.
    pub decisive: &'static str,
}

impl PowerTexts {
    /// Danish.
    pub const DA: PowerTexts = PowerTexts {
        heading: "Hvem bestemmer? Stemmemagt",
        mode_label: "Hvordan stemmer regionens medlemmer?",
        mode_each: "Hvert medlem stemmer for sig",
        mode_bloc: "Regionens medlemmer stemmer samlet",
        caption: "Stemmemagt",
        member: "Medlem",
        votes: "Stemmer",
        vote_share: "Andel af stemmerne",
        banzhaf: "Banzhaf-indeks",
        banzhaf_count: "Afgørende i (antal grupper)",
        shapley_shubik: "Shapley–Shubik-indeks",
        regional_each: "Regionens medlemmer (hver)",
        regional_together: "Regionens medlemmer tilsammen",
        regional_bloc: "Regionens medlemmer samlet",
        total: "I alt",
        coleman: "Colemans indeks: at handle, forhindre og tage initiativ",
        act: "Rådets evne til at handle",
        act_note: "andelen af alle mulige grupper, der kan vedtage et forslag",
        side: "Side",
        prevent: "Kan forhindre",
        initiate: "Kan tage initiativ",
        municipalities: "Kommunernes medlemmer tilsammen",
        region: "Regionens medlemmer tilsammen",
        columns_note: "Banzhaf-indekset er medlemmets andel af alle afgørende stemmer; Shapley–Shubik-indekset er andelen af rækkefølger, hvor medlemmets stemme skaber flertallet. \"Kan forhindre\" er andelen af vindende grupper, der taber, når sidens medlemmer går ud; \"kan tage initiativ\" er andelen af tabende grupper, der vinder, når alle sidens medlemmer går med. Procenter er afrundet til én decimal.",
        decisive: "Et medlem er afgørende, når en gruppe, der stemmer for, vedtager forslaget med medlemmets stemme, men ikke uden.",
    };

    /// English.
    pub const EN: PowerTexts = PowerTexts {
        heading: "Who decides? Voting power",
        mode_label: "How do the region's members vote?",
        mode_each: "Each member votes on their own",
        mode_bloc: "The region's members vote together",
        caption: "Voting power",
        member: "Member",
        votes: "Votes",
        vote_share: "Share of the votes",
        banzhaf: "Banzhaf index",
        banzhaf_count: "Decisive in (groups)",
        shapley_shubik: "Shapley–Shubik index",
        regional_each: "The region's members (each)",
        regional_together: "The region's members together",
        regional_bloc: "The region's members as one bloc",
        total: "Total",
        coleman: "Coleman's indices: acting, preventing, initiating",
        act: "The council's power to act",
        act_note: "the share of all possible groups that can pass a motion",
        side: "Side",
        prevent: "Can prevent",
        initiate: "Can initiate",
        municipalities: "The municipalities' members together",
        region: "The region's members together",
        columns_note: "The Banzhaf index is the member's share of all decisive votes; the Shapley–Shubik index is the share of voting orders in which the member's vote makes the majority. \"Can prevent\" is the share of winning groups that lose when the side's members leave; \"can initiate\" is the share of losing groups that win when all the side's members join. Percentages are rounded to one decimal.",
        decisive: "A member is decisive when a group voting for a motion passes it with the member's vote but not without it.",
    };

    /// The texts in `lang`.
    pub fn of(lang: Lang) -> &'static PowerTexts {
        match lang {
            Lang::Da => &Self::DA,
            Lang::En => &Self::EN,
        }
    }
}

/// A share (0..=1) as a percentage with [`PCT_DECIMALS`] decimals, in the
/// language's format: `12,3 %` / `12.3%`.
fn pct(share: Decimal, lang: Lang) -> String {
    let n = format_decimal(share * Decimal::ONE_HUNDRED, PCT_DECIMALS, lang);
    match lang {
        Lang::Da => format!("{n} %"),
        Lang::En => format!("{n}%"),
    }
}

/// An exact share as a percentage.
fn pct_of(share: &Share, lang: Lang) -> String {
    pct(share.to_decimal(PCT_DECIMALS + 2), lang)
}

/// `count` members of the same power together, as a percentage.
fn pct_sum<'a>(parts: impl IntoIterator<Item = (u32, &'a Share)>, lang: Lang) -> String {
    sum_of_shares(parts, PCT_DECIMALS + 2).map_or_else(|| "–".into(), |d| pct(d, lang))
}

/// The "who decides" section's inner HTML for the report's council under the
/// report's rule, in `mode`. If the power cannot be computed (a what-if game
/// too large to tabulate), the section says so instead of a table.
pub fn power_section(r: &Report, lang: Lang, mode: Mode) -> String {
    let t = PowerTexts::of(lang);
    let mut h = Html::new();
    h.el("h3", &[("id", "power-h")], t.heading);
    mode_switch(&mut h, t, mode);
    let rule = &r.options.rule;
    let (shown, bloc) = match (power(&r.composition, rule, mode), power(&r.composition, rule, Mode::RegionBloc)) {
        (Ok(p), Ok(b)) => (p, b),
        _ => {
            h.el("p", &[("class", "note")], &too_large(lang));
            return h.finish();
        }
    };
    table(&mut h, r, t, lang, &shown);
    h.el("p", &[("class", "note")], t.columns_note);
    coleman(&mut h, t, lang, &shown);
    h.open("div", &[("class", "power-sentences")]);
    for s in sentences(r, lang, &shown, &bloc) {
        h.el("p", &[], &s);
    }
    h.close("div");
    h.finish()
}

/// Two toggle buttons; the page switches the mode by `data-power-mode`.
fn mode_switch(h: &mut Html, t: &PowerTexts, mode: Mode) {
    h.open("div", &[("class", "power-mode"), ("role", "group"), ("aria-label", t.mode_label)]);
    for (m, label) in [(Mode::Individual, t.mode_each), (Mode::RegionBloc, t.mode_bloc)] {
        let pressed = if m == mode { "true" } else { "false" };
        h.el("button", &[("type", "button"), ("data-power-mode", mode_key(m)), ("aria-pressed", pressed)], label);
    }
    h.close("div");
}

/// One table row: a header cell and the numbers.
fn row(h: &mut Html, class: Option<&str>, name: &str, cells: [String; 5]) {
    match class {
        Some(c) => h.open("tr", &[("class", c)]),
        None => h.open("tr", &[]),
    };
    h.el("th", &[("scope", "row")], name);
    for c in &cells {
        h.el("td", &[("class", "num")], c);
    }
    h.close("tr");
}

/// The members' table.
fn table(h: &mut Html, r: &Report, t: &PowerTexts, lang: Lang, p: &Power) {
    let k = &r.composition;
    let caption = format!("{} – {}", t.caption, r.council.name);
    let hint = crate::i18n::texts::texts(lang).scroll_hint;
    h.open_table_wrap(&caption, hint);
    h.open("table", &[("class", "power-table"), ("part", "table")]);
    h.el("caption", &[], &caption);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t.member);
    for col in [t.votes, t.vote_share, t.banzhaf, t.banzhaf_count, t.shapley_shubik] {
        h.el("th", &[("scope", "col"), ("class", "num")], col);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let cells = |m: &MemberPower, count: u32| -> [String; 5] {
        let votes = m.weight * u64::from(count);
        [
            format_int(votes, lang),
            pct(r.vote_share(u32::try_from(votes).unwrap_or(u32::MAX)), lang),
            pct_sum([(count, &m.banzhaf)], lang),
            format_int_u128(m.swings * u128::from(count), lang),
            pct_sum([(count, &m.shapley_shubik)], lang),
        ]
    };
    for m in &p.members {
        match m.member {
            Member::Municipality(code) => {
                let name = k.municipalities.iter().find(|s| s.code == code).map_or("", |s| s.name);
                row(h, None, name, cells(m, 1));
            }
            Member::Regional => {
                row(h, Some("regional"), t.regional_each, cells(m, 1));
                let together = format!("{} ({})", t.regional_together, m.count);
                row(h, Some("regional together"), &together, cells(m, m.count));
            }
            Member::RegionalBloc => {
                let bloc = format!("{} ({})", t.regional_bloc, k.regional_members);
                row(h, Some("regional"), &bloc, cells(m, 1));
            }
        }
    }
    h.close("tbody").open("tfoot", &[]);
    let all = |f: fn(&MemberPower) -> &Share| pct_sum(p.members.iter().map(|m| (m.count, f(m))), lang);
    let totals = [
        format_int(p.total_weight, lang),
        pct(r.vote_share(k.total_votes), lang),
        all(|m| &m.banzhaf),
        format_int_u128(p.total_swings, lang),
        all(|m| &m.shapley_shubik),
    ];
    row(h, None, t.total, totals);
    h.close("tfoot").close("table").close("div");
}

/// A count with the language's grouping (counts can pass `u64` only in
/// games far larger than a council).
fn format_int_u128(n: u128, lang: Lang) -> String {
    u64::try_from(n).map_or_else(|_| n.to_string(), |n| format_int(n, lang))
}

/// Coleman's indices: the council's power to act, and each side's power to
/// prevent and to initiate action.
fn coleman(h: &mut Html, t: &PowerTexts, lang: Lang, p: &Power) {
    h.el("h4", &[("id", "power-coleman-h")], t.coleman);
    h.open("dl", &[("class", "power-act")]);
    h.el("dt", &[], t.act);
    h.el("dd", &[], &format!("{} ({})", pct_of(&p.power_to_act, lang), t.act_note));
    h.close("dl");
    let hint = crate::i18n::texts::texts(lang).scroll_hint;
    h.open_table_wrap(t.coleman, hint);
    h.open("table", &[("class", "power-coleman"), ("aria-labelledby", "power-coleman-h")]);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t.side);
    h.el("th", &[("scope", "col"), ("class", "num")], t.prevent);
    h.el("th", &[("scope", "col"), ("class", "num")], t.initiate);
    h.close("tr").close("thead").open("tbody", &[]);
    for (name, side) in [(t.municipalities, &p.municipal_side), (t.region, &p.regional_side)] {
        h.open("tr", &[]);
        h.el("th", &[("scope", "row")], name);
        h.el("td", &[("class", "num")], &pct_of(&side.prevent, lang));
        h.el("td", &[("class", "num")], &pct_of(&side.initiate, lang));
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
}

/// "n member(s)" / "n medlem(mer)".
fn members(n: u32, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Da, 1) => "1 medlem".into(),
        (Lang::Da, n) => format!("{n} medlemmer"),
        (Lang::En, 1) => "1 member".into(),
        (Lang::En, n) => format!("{n} members"),
    }
}

/// "n vote(s)" / "n stemme(r)".
fn votes(n: u64, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Da, 1) => "1 stemme".into(),
        (Lang::Da, n) => format!("{} stemmer", format_int(n, lang)),
        (Lang::En, 1) => "1 vote".into(),
        (Lang::En, n) => format!("{} votes", format_int(n, lang)),
    }
}

/// Names joined as a list: "A, B og C" / "A, B and C".
fn join(names: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::Da => " og ",
        Lang::En => " and ",
    };
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// The message when the power cannot be computed.
fn too_large(lang: Lang) -> String {
    match lang {
        Lang::Da => "Stemmemagten kan ikke beregnes for et så stort råd.".into(),
        Lang::En => "The voting power cannot be computed for a council this large.".into(),
    }
}

/// Sentences a teacher can read aloud, each following from the figures:
/// `shown` is the power in the mode shown, `bloc` with the region as one bloc.
pub fn sentences(r: &Report, lang: Lang, shown: &Power, bloc: &Power) -> Vec<String> {
    let t = PowerTexts::of(lang);
    let k = &r.composition;
    let (qn, q, total) = (format_int(shown.quota, lang), votes(shown.quota, lang), votes(shown.total_weight, lang));
    let (mv, rv) = (votes(shown.municipal_side.weight, lang), votes(shown.regional_side.weight, lang));
    let rvn = format_int(shown.regional_side.weight, lang);
    let rm = members(k.regional_members, lang);
    let mut out = vec![match lang {
        Lang::Da => format!(
            "Beregningen antager, at alle medlemmer stemmer, og at et forslag vedtages med flertal: mindst {qn} af de {total}. {}",
            t.decisive
        ),
        Lang::En => format!(
            "The calculation assumes that all members vote and that a motion passes by majority: at least {qn} of the {total}. {}",
            t.decisive
        ),
    }];
    out.push(match (lang, shown.municipalities_can_block()) {
        (Lang::Da, true) => format!(
            "Kommunernes medlemmer kan sammen stoppe ethvert forslag: uden dem er der kun {rv}, og der skal {q} til."
        ),
        (Lang::Da, false) => format!(
            "Kommunernes medlemmer kan ikke sammen stoppe et forslag: regionens {rm} har {rv}, og der skal {qn} til."
        ),
        (Lang::En, true) => format!(
            "The municipalities' members together can stop any motion: without them there are only {rv}, and {q} are needed."
        ),
        (Lang::En, false) => format!(
            "The municipalities' members together cannot stop a motion: the region's {rm} have {rv}, and {qn} are needed."
        ),
    });
    out.push(match (lang, shown.region_can_pass()) {
        (Lang::Da, true) => {
            format!("Regionens {rm} kan vedtage et forslag alene, hvis de stemmer samlet for ({rvn} af {total}).")
        }
        (Lang::Da, false) => format!(
            "Regionens {rm} kan ikke vedtage et forslag alene: de har {rv}, og der skal {q} til. Kommunerne har {mv}."
        ),
        (Lang::En, true) => {
            format!("The region's {rm} can pass a motion alone if they all vote for it ({rvn} of {total}).")
        }
        (Lang::En, false) => format!(
            "The region's {rm} cannot pass a motion alone: they have {rv}, and {q} are needed. The municipalities have {mv}."
        ),
    });
    let powerless: Vec<&MemberPower> =
        bloc.members.iter().filter(|m| matches!(m.member, Member::Municipality(_))).collect();
    if !powerless.is_empty() && powerless.iter().all(|m| m.banzhaf.is_zero() && m.shapley_shubik.is_zero()) {
        out.push(match lang {
            Lang::Da => format!(
                "Stemmer regionens {rm} samlet, er kommunernes stemmemagt 0: ingen kommunes stemme er afgørende for noget forslag, fordi regionen har flertallet alene."
            ),
            Lang::En => format!(
                "If the region's {rm} vote together, the municipalities' voting power is 0: no municipality's vote is decisive for any motion, because the region holds the majority alone."
            ),
        });
    }
    if let Some(s) = smallest_winning(r, lang, shown) {
        out.push(s);
    }
    if shown.mode == Mode::Individual {
        if let Some(s) = fewest_regional(r, lang, shown) {
            out.push(s);
        }
    }
    out
}

/// The smallest group that can pass a motion, with the fewest regional
/// members among the smallest.
fn smallest_winning(r: &Report, lang: Lang, p: &Power) -> Option<String> {
    let k = &r.composition;
    let Some(w) = &p.smallest_winning else {
        return Some(match lang {
            Lang::Da => "Ingen gruppe kan vedtage et forslag: alle medlemmer har tilsammen for få stemmer.".into(),
            Lang::En => "No group can pass a motion: all the members together have too few votes.".into(),
        });
    };
    let size = members(w.size(), lang);
    let weight = votes(w.weight, lang);
    let names: Vec<&str> =
        k.municipalities.iter().filter(|m| w.municipalities.contains(&m.code)).map(|m| m.name).collect();
    let regional = members(w.regional_members, lang);
    let all_municipalities = names.len() == k.municipalities.len() && !names.is_empty();
    let municipal = match (lang, all_municipalities) {
        (Lang::Da, true) => format!("alle {} kommuner", names.len()),
        (Lang::En, true) => format!("all {} municipalities", names.len()),
        (_, false) => join(&names, lang),
    };
    Some(match (lang, names.is_empty(), w.regional_members) {
        (Lang::Da, true, _) => format!(
            "Den mindste gruppe, der kan vedtage et forslag, er {regional} fra regionen ({weight})."
        ),
        (Lang::Da, false, 0) => {
            format!("Den mindste gruppe, der kan vedtage et forslag, har {size}: {municipal} ({weight}).")
        }
        (Lang::Da, false, _) => format!(
            "Den mindste gruppe, der kan vedtage et forslag, har {size}: {municipal} og {regional} fra regionen ({weight})."
        ),
        (Lang::En, true, _) => format!(
            "The smallest group that can pass a motion is {regional} of the region ({weight})."
        ),
        (Lang::En, false, 0) => format!("The smallest group that can pass a motion has {size}: {municipal} ({weight})."),
        (Lang::En, false, _) => format!(
            "The smallest group that can pass a motion has {size}: {municipal} and {regional} of the region ({weight})."
        ),
    })
}

/// The fewest regional members in any winning group: all municipalities'
/// votes plus as few regional members as reach the quota (members voting
/// one by one).
fn fewest_regional(r: &Report, lang: Lang, p: &Power) -> Option<String> {
    let k = &r.composition;
    let weight = u64::from(r.options.rule.regional_weight);
    let municipal = p.municipal_side.weight;
    let needed = p.quota.saturating_sub(municipal).div_ceil(weight.max(1));
    if needed > u64::from(k.regional_members) || k.municipalities.is_empty() {
        return None; // said by the smallest group's sentence, or no municipalities at all
    }
    let (mv, q) = (votes(municipal, lang), votes(p.quota, lang));
    let n = k.municipalities.len();
    let needed_members = members(needed as u32, lang);
    let size = members(n as u32 + needed as u32, lang);
    Some(match (lang, needed) {
        (Lang::Da, 0) => format!("Kommunerne kan vedtage et forslag uden regionen: deres {mv} når de {q}, der skal til."),
        (Lang::Da, _) => format!(
            "Selv hvis alle {n} kommuner stemmer for ({mv}), skal mindst {needed_members} fra regionen stemme med for at nå {q}: en gruppe på {size}."
        ),
        (Lang::En, 0) => {
            format!("The municipalities can pass a motion without the region: their {mv} reach the {q} needed.")
        }
        (Lang::En, _) => format!(
            "Even if all {n} municipalities vote for a motion ({mv}), at least {needed_members} of the region must join to reach {q}: a group of {size}."
        ),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::report::{calculate, Options};

    #[test]
    fn fyn_in_both_modes() {
        let r = calculate("fyn", &Options::default()).unwrap();
        let da = power_section(&r, Lang::Da, Mode::Individual);
        // 9 municipalities, each regional member, the region together; total.
        assert_eq!(da.matches("<th scope=\"row\">").count(), 9 + 2 + 1 + 2, "{da}");
        assert!(da.contains("data-power-mode=\"each\" aria-pressed=\"true\""), "{da}");
        assert!(da.contains("data-power-mode=\"bloc\" aria-pressed=\"false\""), "{da}");
        assert!(da.contains("Regionens medlemmer (hver)"));
        assert!(da.contains("Regionens medlemmer tilsammen (11)"));
        assert!(
            da.contains("Selv hvis alle 9 kommuner stemmer for (10 stemmer), skal mindst 1 medlem fra regionen"),
            "{da}"
        );
        let bloc = power_section(&r, Lang::Da, Mode::RegionBloc);
        assert!(bloc.contains("data-power-mode=\"bloc\" aria-pressed=\"true\""));
        assert!(bloc.contains("Regionens medlemmer samlet (11)"));
        assert!(!bloc.contains("Selv hvis alle"), "{bloc}");
        assert!(
            bloc.contains("Den mindste gruppe, der kan vedtage et forslag, er 11 medlemmer fra regionen (11 stemmer)"),
            "{bloc}"
        );
    }
}
