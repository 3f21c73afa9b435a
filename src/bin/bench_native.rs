//! `cargo run --release --bin bench-native`: the native time to compute
//! everything (seats, votes, envelopes, anlæg, plus the rendered output and
//! CSV) for all 17 councils, median and p95 over repeated rounds.

use std::hint::black_box;
use std::time::Instant;
use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::edition::{CouncilId, COUNCILS};
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
}
