//! `cargo run --bin data-check`: validates `data/edition.toml` (the build does
//! that, and fails naming every bad entry) and prints the reconciliation of
//! the published totals against the model, so a data editor sees at once
//! what a change did.

use rust_decimal::Decimal;
use sundhedsraad_beregner::model::edition::{self, Period, COUNCILS, FIGURES, MUNICIPALITIES, POOLS, REGIONS};
use sundhedsraad_beregner::model::report::{calculate_for, Options};
use sundhedsraad_beregner::model::votes::region_seats;

fn main() {
    let mut problems = 0;
    println!("Data edition: {} ({})", edition::EDITION_NAME, edition::EDITION_DATE);
    println!(
        "{} regions, {} councils, {} municipalities, {} pools, {} figures\n",
        REGIONS.len(),
        COUNCILS.len(),
        MUNICIPALITIES.len(),
        POOLS.len(),
        FIGURES.len()
    );

    println!("Members per council: computed by the rule vs Figur 9");
    let opts = Options::default();
    for (i, c) in COUNCILS.iter().enumerate() {
        let r = calculate_for(edition::CouncilId(i), &opts).expect("edition is valid");
        let k = &r.composition;
        let ok = k.total_members == c.members_published;
        problems += usize::from(!ok);
        println!(
            "  {:<26} n={:>2} V={:>2} R={:>2} members={:>2} published={:>2} {}",
            c.name,
            k.municipal_members,
            k.municipal_votes,
            k.regional_members,
            k.total_members,
            c.members_published,
            if ok { "ok" } else { "MISMATCH" }
        );
    }
    let two = MUNICIPALITIES.iter().filter(|m| m.published_votes == 2).count();
    println!("Two-vote municipalities: {two}\n");

    println!("Regional seats needed vs regionsråd (udspil / L 214)");
    for (i, r) in REGIONS.iter().enumerate() {
        let s = region_seats(edition::RegionId(i), &opts.populations, &opts.rule).expect("valid");
        println!(
            "  {:<12} needed {:>2}  regionsråd {:>2} / {:>2}",
            r.name, s.seats_needed, s.regionsraad_udspil, s.regionsraad_law
        );
    }

    let anlaeg: Decimal = COUNCILS.iter().map(|c| c.anlaeg_mio_kr.decimal()).sum();
    println!("\nFigur 20: councils sum to {anlaeg} mio. kr. (national pool 3500; rounding in the source)");
    for c in COUNCILS {
        let implied = c.anlaeg_mio_kr.decimal() * Decimal::from(1000) / Decimal::from(c.population_thousands);
        let diff = (implied - Decimal::from(c.anlaeg_kr_per_citizen)).abs() / Decimal::from(c.anlaeg_kr_per_citizen);
        if diff > Decimal::new(6, 2) {
            problems += 1;
            println!(
                "  {}: {} kr./citizen published, {} implied: off by more than 6 %",
                c.name,
                c.anlaeg_kr_per_citizen,
                implied.round_dp(0)
            );
        }
    }

    println!("\nSub-pools against their pool (same edition and year)");
    for (pi, pool) in POOLS.iter().enumerate() {
        if pool.parts.is_empty() {
            continue;
        }
        for f in FIGURES.iter().filter(|f| f.pool.0 == pi) {
            let Period::Year(y) = f.period else { continue };
            let parts: Option<Vec<Decimal>> = pool
                .parts
                .iter()
                .map(|p| edition::yearly_figure(*p, f.source.document, y).map(|x| x.amount.decimal()))
                .collect();
            if let Some(v) = parts {
                let sum: Decimal = v.iter().sum();
                let d = sum - f.amount.decimal();
                println!(
                    "  {:<20} {} {y}: published {:>6}, parts sum {:>6}{}",
                    pool.id,
                    edition::source_of(f.source).short,
                    f.amount.decimal(),
                    sum,
                    if d.is_zero() { String::new() } else { format!("  difference {d} (rounding in the source)") }
                );
            }
        }
    }
    if problems > 0 {
        eprintln!("\n{problems} problem(s) found");
        std::process::exit(1);
    }
    println!("\nAll checks passed.");
}
