//! Exact money: amounts in mio. kr. as [`Decimal`], split to whole kroner.
//!
//! # The unit
//! Every split works in whole kroner (0.000001 mio. kr.). A whole is split by
//! the largest-remainder method: each part gets the floor of its exact share,
//! and the kroner left over go one each to the parts with the largest
//! remainders (ties to the earlier part). The parts therefore sum exactly to
//! the whole, and no part differs from its exact share by a krone or more.
//!
//! ```
//! use rust_decimal::Decimal;
//! use sundhedsraad_beregner::model::money::split;
//! let parts = split(Decimal::from(1), &[Decimal::ONE; 3]).unwrap();
//! assert_eq!(parts.iter().sum::<Decimal>(), Decimal::ONE);
//! assert_eq!(parts[0].to_string(), "0.333334");
//! ```

use super::error::ModelError;
use rust_decimal::Decimal;

/// Kroner in one mio. kr.
pub const KRONER_PER_MIO: i128 = 1_000_000;
/// Decimal places of mio. kr. that one krone takes.
pub const KRONE_SCALE: u32 = 6;

/// Converts mio. kr. to whole kroner; fails on fractions of a krone or negatives.
pub fn to_kroner(mio: Decimal) -> Result<i128, ModelError> {
    if mio.is_sign_negative() && !mio.is_zero() {
        return Err(ModelError::InvalidAmount { path: "amount".into(), value: mio.to_string() });
    }
    let k = mio.checked_mul(Decimal::from(KRONER_PER_MIO as i64)).ok_or(ModelError::Overflow)?;
    if !k.fract().is_zero() {
        return Err(ModelError::InvalidAmount { path: "amount".into(), value: mio.to_string() });
    }
    Ok(k.mantissa() / 10i128.pow(k.scale()))
}

/// Converts whole kroner to mio. kr.
pub fn from_kroner(kroner: i128) -> Decimal {
    Decimal::from_i128_with_scale(kroner, KRONE_SCALE).normalize()
}

/// Brings non-negative decimal weights to integers on a common scale.
fn integer_weights(weights: &[Decimal]) -> Result<Vec<i128>, ModelError> {
    let scale = weights.iter().map(|w| w.scale()).max().unwrap_or(0);
    weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if w.is_sign_negative() && !w.is_zero() {
                return Err(ModelError::InvalidWeight { entry: (i + 1).to_string(), value: w.to_string() });
            }
            w.mantissa().checked_mul(10i128.pow(scale - w.scale())).ok_or(ModelError::Overflow)
        })
        .collect()
}

/// Splits whole kroner by weights, exactly (largest remainder).
pub fn split_kroner(total: i128, weights: &[Decimal]) -> Result<Vec<i128>, ModelError> {
    let w = integer_weights(weights)?;
    let sum = w.iter().try_fold(0i128, |a, &x| a.checked_add(x)).ok_or(ModelError::Overflow)?;
    if sum == 0 {
        return Err(ModelError::KeySumsToZero);
    }
    let mut parts = Vec::with_capacity(w.len());
    let mut rems = Vec::with_capacity(w.len());
    for &x in &w {
        let p = total.checked_mul(x).ok_or(ModelError::Overflow)?;
        parts.push(p / sum);
        rems.push(p % sum);
    }
    let left = total - parts.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..w.len()).collect();
    order.sort_by(|&a, &b| rems[b].cmp(&rems[a]).then(a.cmp(&b)));
    for &i in order.iter().take(left as usize) {
        parts[i] += 1;
    }
    Ok(parts)
}

/// Splits an amount in mio. kr. by weights into parts in mio. kr. that sum
/// exactly to it, each to the krone.
pub fn split(total_mio: Decimal, weights: &[Decimal]) -> Result<Vec<Decimal>, ModelError> {
    let total = to_kroner(total_mio)?;
    Ok(split_kroner(total, weights)?.into_iter().map(from_kroner).collect())
}

/// One part of a split: the part at `index` (same rounding as [`split`]).
pub fn split_part(total_mio: Decimal, weights: &[Decimal], index: usize) -> Result<Decimal, ModelError> {
    let parts = split(total_mio, weights)?;
    parts.get(index).copied().ok_or(ModelError::NoSuchPart { index, parts: parts.len() })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn kroner_round_trip() {
        assert_eq!(to_kroner(Decimal::new(3125, 1)).unwrap(), 312_500_000);
        assert_eq!(from_kroner(312_500_000), Decimal::new(3125, 1));
        assert!(to_kroner(Decimal::new(1, 7)).is_err());
        assert!(to_kroner(Decimal::from(-1)).is_err());
    }

    #[test]
    fn zero_and_negative_keys_are_errors() {
        assert_eq!(split(Decimal::ONE, &[Decimal::ZERO, Decimal::ZERO]), Err(ModelError::KeySumsToZero));
        assert_eq!(split(Decimal::ONE, &[]), Err(ModelError::KeySumsToZero));
        assert!(matches!(
            split(Decimal::ONE, &[Decimal::ONE, Decimal::NEGATIVE_ONE]),
            Err(ModelError::InvalidWeight { .. })
        ));
    }

    #[test]
    fn huge_weights_overflow_into_an_error_not_a_panic() {
        let huge = Decimal::MAX;
        assert_eq!(split(Decimal::from(4400), &[huge, huge]), Err(ModelError::Overflow));
        // On a common scale of 28 decimals the weights are 1 and 10^31, and
        // 4,400 mio. kr. is 4.4 × 10^9 kroner: 4.4 × 10^40 overflows i128.
        let tiny = Decimal::new(1, 28);
        assert_eq!(split(Decimal::from(4400), &[tiny, Decimal::from(1000)]), Err(ModelError::Overflow));
        // Eight decimals still fit, and the tiny weight gets nothing.
        let small = Decimal::new(1, 8);
        let parts = split(Decimal::from(4400), &[small, Decimal::from(1000)]).unwrap();
        assert_eq!(parts, [Decimal::ZERO, Decimal::from(4400)]);
    }

    proptest! {
        #[test]
        fn parts_sum_exactly_to_the_whole(
            total in 0i64..10_000_000_000_000,
            weights in proptest::collection::vec((0i64..1_000_000_000, 0u32..6), 1..30),
        ) {
            let weights: Vec<Decimal> = weights.into_iter().map(|(m, s)| Decimal::new(m, s)).collect();
            let whole = from_kroner(total as i128);
            match split(whole, &weights) {
                Ok(parts) => {
                    prop_assert_eq!(parts.len(), weights.len());
                    prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), whole);
                    prop_assert!(parts.iter().all(|p| !p.is_sign_negative() || p.is_zero()));
                    // each part within one krone of its exact share
                    let sum: Decimal = weights.iter().copied().sum();
                    for (p, w) in parts.iter().zip(&weights) {
                        let exact = whole * *w / sum;
                        prop_assert!((*p - exact).abs() < Decimal::new(1, 6));
                    }
                }
                Err(e) => prop_assert!(matches!(e, ModelError::KeySumsToZero)),
            }
        }
    }
}
