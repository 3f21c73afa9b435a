//! The "who decides?" section (issue 9) for every council of the edition,
//! in both languages and both modes, checked against the model's figures
//! (`power_summary`), and one hand-made council where the municipalities
//! together can block a motion (no council of the edition is like that: the
//! rule gives every region a majority of the votes).

use rust_decimal::Decimal;
use std::str::FromStr;
use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::edition::COUNCILS;
use sundhedsraad_beregner::model::power::Mode;
use sundhedsraad_beregner::model::power_summary::{power_summary, PowerSummary};
use sundhedsraad_beregner::model::report::{calculate, Options, Report};
use sundhedsraad_beregner::render::escape;
use sundhedsraad_beregner::render::power::power_section;

const MODES: [Mode; 2] = [Mode::Individual, Mode::RegionBloc];

fn reports() -> Vec<Report> {
    COUNCILS.iter().map(|c| calculate(c.id, &Options::default()).unwrap()).collect()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// `Σ count · banzhaf` from the summary's rounded decimals.
fn banzhaf_total(s: &PowerSummary) -> Decimal {
    s.members.iter().map(|m| dec(&m.banzhaf) * Decimal::from(m.count)).sum()
}

/// Fyn with a region of 5 members of 1 vote: the municipalities' 10 votes
/// outweigh the region's 5 (quota 8 of 15), so they can block and the
/// region cannot pass alone.
fn weak_region() -> Report {
    let mut r = calculate("fyn", &Options::default()).unwrap();
    let k = &mut r.composition;
    k.regional_members = 5;
    k.regional_votes = 5;
    k.total_members = k.municipal_members + 5;
    k.total_votes = k.municipal_votes + 5;
    k.majority_needed = k.total_votes / 2 + 1;
    k.region_majority_heads = false;
    k.region_majority_votes = false;
    r
}

#[test]
fn every_council_renders_one_row_per_municipality_in_both_modes() {
    for r in reports() {
        let n = r.composition.municipalities.len();
        for mode in MODES {
            for lang in [Lang::Da, Lang::En] {
                let s = power_section(&r, lang, mode);
                assert!(s.starts_with("<h3 id=\"power-h\">"), "{}", r.council.id);
                for m in &r.composition.municipalities {
                    let cell = format!("<th scope=\"row\">{}</th>", escape(m.name));
                    assert_eq!(s.matches(&cell).count(), 1, "{} {}", r.council.id, m.name);
                }
                // Municipalities, the regional row(s), the total, two Coleman sides.
                let regional_rows = if mode == Mode::Individual { 2 } else { 1 };
                assert_eq!(s.matches("<th scope=\"row\">").count(), n + regional_rows + 3, "{}", r.council.id);
                assert_eq!(s.matches("<th scope=\"col\"").count(), 6 + 3, "{}", r.council.id);
                let pressed = |key: &str| s.contains(&format!("data-power-mode=\"{key}\" aria-pressed=\"true\""));
                assert_eq!((pressed("each"), pressed("bloc")), (mode == Mode::Individual, mode == Mode::RegionBloc));
                assert!(!s.contains("<script"), "{}", r.council.id);
            }
        }
    }
}

#[test]
fn banzhaf_sums_to_one_and_a_region_bloc_that_can_pass_leaves_municipalities_nothing() {
    for r in reports().into_iter().chain([weak_region()]) {
        for mode in MODES {
            let s = power_summary(&r, mode).unwrap();
            assert_eq!(s.members.len(), r.composition.municipalities.len() + 1, "{}", r.council.id);
            let off = (banzhaf_total(&s) - Decimal::ONE).abs();
            assert!(off <= Decimal::new(1, 5), "{} {mode:?}: off by {off}", r.council.id);
            let ss: Decimal = s.members.iter().map(|m| dec(&m.shapley_shubik) * Decimal::from(m.count)).sum();
            assert!((ss - Decimal::ONE).abs() <= Decimal::new(1, 5), "{} {mode:?}", r.council.id);
            if mode == Mode::RegionBloc && s.region_can_pass {
                for m in s.members.iter().filter(|m| m.kind == "municipality") {
                    assert_eq!((m.banzhaf.as_str(), m.banzhaf_count.as_str()), ("0.000000", "0"), "{}", r.council.id);
                    assert_eq!(m.shapley_shubik, "0.000000", "{}", r.council.id);
                }
            }
        }
    }
}

#[test]
fn danish_uses_decimal_commas_and_english_has_english_labels() {
    let is_pct = |s: &str, sep: char, suffix: &str| {
        s.split(suffix).filter(|p| p.ends_with(|c: char| c.is_ascii_digit())).all(|p| {
            let tail: String = p.chars().rev().take(3).collect();
            tail.chars().nth(1) == Some(sep)
        })
    };
    for r in reports() {
        let da = power_section(&r, Lang::Da, Mode::Individual);
        assert!(da.contains("Hvem bestemmer? Stemmemagt") && da.contains("Hvert medlem stemmer for sig"));
        assert!(da.contains("Regionens medlemmer (hver)") && da.contains(" %</td>"), "{}", r.council.id);
        assert!(is_pct(&da, ',', " %"), "{}: {da}", r.council.id);
        let en = power_section(&r, Lang::En, Mode::RegionBloc);
        for label in ["Who decides? Voting power", "Each member votes on their own", "Banzhaf index", "Total"] {
            assert!(en.contains(label), "{}: {label}", r.council.id);
        }
        assert!(is_pct(&en, '.', "%"), "{}: {en}", r.council.id);
        for danish in ["Stemmemagt", "Kommune", "stemmer", "Regionens", " %"] {
            assert!(!en.contains(danish), "{}: {danish} in {en}", r.council.id);
        }
    }
}

#[test]
fn sentences_follow_the_models_booleans() {
    let mut seen = (false, false);
    for r in reports().into_iter().chain([weak_region()]) {
        let each = power_summary(&r, Mode::Individual).unwrap();
        let bloc = power_summary(&r, Mode::RegionBloc).unwrap();
        let powerless = bloc.members.iter().filter(|m| m.kind == "municipality").all(|m| m.banzhaf == "0.000000");
        for mode in MODES {
            let da = power_section(&r, Lang::Da, mode);
            let en = power_section(&r, Lang::En, mode);
            let id = r.council.id;
            if each.municipalities_can_block {
                seen.0 = true;
                assert!(da.contains("Kommunernes medlemmer kan sammen stoppe ethvert forslag"), "{id}");
                assert!(en.contains("The municipalities&#39; members together can stop any motion"), "{id}");
            } else {
                seen.1 = true;
                assert!(da.contains("Kommunernes medlemmer kan ikke sammen stoppe et forslag"), "{id}");
                assert!(en.contains("The municipalities&#39; members together cannot stop a motion"), "{id}");
            }
            assert_eq!(da.contains("kan vedtage et forslag alene"), each.region_can_pass, "{id}");
            assert_eq!(da.contains("kan ikke vedtage et forslag alene"), !each.region_can_pass, "{id}");
            assert_eq!(en.contains("can pass a motion alone"), each.region_can_pass, "{id}");
            assert_eq!(da.contains("er kommunernes stemmemagt 0"), powerless, "{id}");
            assert_eq!(en.contains("the municipalities&#39; voting power is 0"), powerless, "{id}");
            assert!(da.contains("Den mindste gruppe, der kan vedtage et forslag"), "{id}");
            let quota = format!("mindst {} af de {} stemmer", r.composition.majority_needed, r.composition.total_votes);
            assert!(da.contains(&quota), "{id}: {quota}");
        }
        // All municipalities plus the fewest regional members that reach the quota.
        let k = &r.composition;
        let needed = k.majority_needed.saturating_sub(k.municipal_votes).div_ceil(r.options.rule.regional_weight);
        let da = power_section(&r, Lang::Da, Mode::Individual);
        let fewest = match needed {
            0 => "Kommunerne kan vedtage et forslag uden regionen".to_string(),
            1 => format!("Selv hvis alle {} kommuner stemmer for", k.municipalities.len()),
            n => format!("skal mindst {n} medlemmer fra regionen stemme med"),
        };
        assert!(da.contains(&fewest), "{}: {fewest}", r.council.id);
    }
    assert_eq!(seen, (true, true), "both kinds of council were checked");
}

#[test]
fn weak_region_reads_differently() {
    let r = weak_region();
    let da = power_section(&r, Lang::Da, Mode::RegionBloc);
    assert!(da.contains("Kommunernes medlemmer kan sammen stoppe ethvert forslag: uden dem er der kun 5 stemmer, og der skal 8 stemmer til."), "{da}");
    assert!(da.contains("Regionens 5 medlemmer kan ikke vedtage et forslag alene"), "{da}");
    assert!(!da.contains("stemmemagt 0"), "{da}");
    // Smallest group: Odense (2 votes) and 6 more municipalities reach the
    // quota of 8 with 7 members and no regional member.
    let each = power_section(&r, Lang::Da, Mode::Individual);
    assert!(each.contains("Den mindste gruppe, der kan vedtage et forslag, har 7 medlemmer: Odense, "), "{each}");
    assert!(each.contains(" (8 stemmer).</p>"), "{each}");
    assert!(
        each.contains("Kommunerne kan vedtage et forslag uden regionen: deres 10 stemmer når de 8 stemmer"),
        "{each}"
    );
}

#[test]
fn names_are_escaped() {
    let mut r = weak_region();
    r.composition.municipalities[0].name = "<img src=x onerror=alert(1)> & Co";
    for mode in MODES {
        let s = power_section(&r, Lang::En, mode);
        assert!(!s.contains("<img"), "{s}");
        assert!(s.contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co"), "{s}");
    }
}
