//! Numbers as the first load needs them, without Rust's float formatting.
//!
//! Rust formats an `f64` with `flt2dec` (Grisu with Dragon4 behind it, with
//! their tables: about 15 KB before compression), and one reachable
//! formatting of an `f64` anywhere brings all of it into the wasm. So the
//! main module never formats one: what it shows or writes goes through
//! integers here, and what would format one on the way (the standard
//! library's `f64::clamp` asserts with both bounds in `{:?}`) has a
//! replacement here.

/// `value` limited to `min..=max`, exactly as `f64::clamp` gives it for
/// bounds with `min <= max` (a NaN `value` stays NaN, `-0.0` stays `-0.0`).
/// `f64::clamp` checks its bounds with an assert whose message formats them
/// with `{:?}`, which alone kept Rust's float formatting in the main wasm;
/// these bounds are constants or ordered by construction, so nothing is lost.
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    if value < min {
        min
    } else if value > max {
        max
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values around every boundary, signed zeros, infinities and NaN.
    fn values() -> Vec<f64> {
        let mut values = vec![
            0.0,
            -0.0,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::EPSILON,
            1.0 - f64::EPSILON,
            1.0 + f64::EPSILON,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for i in -2_000..=2_000 {
            values.push(f64::from(i) / 997.0);
        }
        values
    }

    #[test]
    fn clamp_is_the_standard_librarys_for_ordered_bounds() {
        let bounds = [
            (0.0, 1.0),
            (-0.0, 0.0),
            (0.0, -0.0),
            (0.03, 0.12),
            (-1.5, -1.5),
            (0.5, 0.5),
            (f64::NEG_INFINITY, 0.0),
            (0.0, f64::INFINITY),
            (-3.0, 492.0),
        ];
        for (min, max) in bounds {
            for value in values() {
                let (ours, std) = (clamp(value, min, max), value.clamp(min, max));
                // Bit for bit: the sign of a zero and a NaN both count.
                assert_eq!(
                    ours.to_bits(),
                    std.to_bits(),
                    "{value} in {min}..={max}: {ours} against {std}"
                );
            }
        }
    }
}
