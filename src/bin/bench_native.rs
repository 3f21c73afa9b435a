//! `cargo run --release --bin bench-native`: the native time to compute
//! everything (seats, votes, envelopes, anlæg, plus the rendered output and
//! CSV) for all 17 councils, median and p95 over repeated rounds; and the
//! exact voting-power indices of all 17 councils in both modes, against its
//! target.

use std::hint::black_box;
use std::time::Instant;
use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::edition::{CouncilId, COUNCILS};
use sundhedsraad_beregner::model::power::{power, Mode};
use sundhedsraad_beregner::model::report::{calculate_for, Options};
use sundhedsraad_beregner::{export, render};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let opts = Options::default();
    let rounds = 300;
    let (mut model, mut full) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
    for _ in 0..rounds {
        let t = Instant::now();
        for i in 0..COUNCILS.len() {
            black_box(calculate_for(CouncilId(i), &opts).expect("valid"));
        }
        model.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        for i in 0..COUNCILS.len() {
            let r = calculate_for(CouncilId(i), &opts).expect("valid");
            black_box(render::seats::seats(&r, Lang::Da));
            black_box(render::votes::votes(&r, Lang::Da, None));
            black_box(render::money::money(&r, Lang::Da));
            black_box(export::report_csv(&r, Lang::Da));
        }
        full.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let power_ms = time_power(&opts, rounds);
    model.sort_by(f64::total_cmp);
    full.sort_by(f64::total_cmp);
    println!(
        "native: compute all 17 councils            median {:.3} ms  p95 {:.3} ms",
        percentile(&model, 0.5),
        percentile(&model, 0.95)
    );
    println!(
        "native: compute + render + CSV, 17 councils median {:.3} ms  p95 {:.3} ms",
        percentile(&full, 0.5),
        percentile(&full, 0.95)
    );
    let verdict = if power_ms <= POWER_TARGET_MS { "PASS" } else { "FAIL" };
    println!(
        "native: voting power, 17 councils × 2 modes median {power_ms:.3} ms  target ≤ {POWER_TARGET_MS} ms  {verdict}"
    );
}

/// Target for the exact power indices of all 17 councils, both modes.
const POWER_TARGET_MS: f64 = 1.0;

/// Median time to compute the power indices (both modes) of all 17 councils,
/// the compositions made beforehand.
fn time_power(opts: &Options, rounds: usize) -> f64 {
    let councils: Vec<_> =
        (0..COUNCILS.len()).map(|i| calculate_for(CouncilId(i), opts).expect("valid").composition).collect();
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = Instant::now();
        for c in &councils {
            for mode in [Mode::Individual, Mode::RegionBloc] {
                black_box(power(black_box(c), &opts.rule, mode).expect("valid"));
            }
        }
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    percentile(&times, 0.5)
}
