//! Numbers (and a search for two bytes) as the first load needs them,
//! without the standard library's heavier machinery: Rust's float formatting above all.
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

/// Where the two bytes `pair` first are in `text`, as `text.find(pair)`
/// gives it for an ASCII pair: a search by bytes, since a `&str` pattern
/// (`find`, `split`, `replacen`) brings the standard library's two-way
/// string search into the wasm (about 1 KB gzip) for the two-character
/// needles the first load looks for (`{}` in a UI string, a blank line
/// between paragraphs).
pub fn find_pair(text: &str, pair: &[u8; 2]) -> Option<usize> {
    text.as_bytes().windows(2).position(|bytes| bytes == pair)
}

/// `value` with `decimals` digits after the separator (a comma, or a
/// point), exactly as `format!("{value:.decimals$}")` writes it: the decimal
/// nearest the binary value itself, a tie to the even digit, the sign of a
/// negative zero or of a negative value that rounds to zero kept, `inf` and
/// `NaN` as Rust writes them. `decimals` is at most 9 (more are written as 9).
pub fn fixed(value: f64, decimals: u32, comma: bool) -> String {
    let decimals = decimals.min(9);
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // |value| is mantissa x 2^exponent exactly.
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // |value| x 10^decimals, rounded to an integer.
    let mut scaled = Decimal::from(mantissa);
    scaled.times(10_u32.pow(decimals));
    if exponent >= 0 {
        let mut left = exponent;
        while left > 0 {
            let step = left.min(29);
            scaled.times(1 << step);
            left -= step;
        }
    } else {
        // Halve it bit by bit, keeping the last bit shifted out (a half)
        // and whether any bit below it was set.
        let (mut half, mut below) = (false, false);
        for _ in 0..-exponent {
            below |= half;
            half = scaled.halve();
        }
        if half && (below || scaled.is_odd()) {
            scaled.add_one();
        }
    }
    let mut digits = scaled.digits();
    while digits.len() <= decimals as usize {
        digits.insert(0, '0');
    }
    let point = digits.len() - decimals as usize;
    out.push_str(&digits[..point]);
    if decimals > 0 {
        out.push(if comma { ',' } else { '.' });
        out.push_str(&digits[point..]);
    }
    out
}

/// A non-negative integer of any size in base 10^9, least significant
/// limb first: enough arithmetic for [`fixed`] to be exact.
struct Decimal(Vec<u32>);

const LIMB: u64 = 1_000_000_000;

impl Decimal {
    fn from(value: u64) -> Decimal {
        let mut limbs = vec![(value % LIMB) as u32];
        let mut rest = value / LIMB;
        while rest > 0 {
            limbs.push((rest % LIMB) as u32);
            rest /= LIMB;
        }
        Decimal(limbs)
    }

    fn times(&mut self, factor: u32) {
        let mut carry = 0;
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = (product % LIMB) as u32;
            carry = product / LIMB;
        }
        while carry > 0 {
            self.0.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    }

    /// Halves it, rounding down; true when a half was dropped.
    fn halve(&mut self) -> bool {
        let mut remainder = 0;
        for limb in self.0.iter_mut().rev() {
            let value = remainder * LIMB + u64::from(*limb);
            *limb = (value / 2) as u32;
            remainder = value % 2;
        }
        remainder == 1
    }

    fn is_odd(&self) -> bool {
        self.0[0] % 2 == 1
    }

    fn add_one(&mut self) {
        for limb in &mut self.0 {
            if u64::from(*limb) + 1 < LIMB {
                *limb += 1;
                return;
            }
            *limb = 0;
        }
        self.0.push(1);
    }

    /// Its decimal digits, without leading zeros ("0" for zero).
    fn digits(&self) -> String {
        let mut digits = String::new();
        for &limb in self.0.iter().rev() {
            let mut power = LIMB as u32;
            while power > 1 {
                power /= 10;
                let digit = (limb / power % 10) as u8;
                if digit > 0 || !digits.is_empty() {
                    digits.push(char::from(b'0' + digit));
                }
            }
        }
        if digits.is_empty() {
            digits.push('0');
        }
        digits
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

    /// A few hundred thousand doubles from every part of the range: random
    /// bit patterns (xorshift), and decimals' worst cases.
    fn many() -> Vec<f64> {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut all = values();
        // Enough to meet every branch many times over, few enough for a
        // debug build on a loaded CI machine.
        for round in 0..20_000 {
            let bits = next();
            if round % 4 == 0 {
                all.push(f64::from_bits(bits));
            }
            // Magnitudes a person meets: 1e-6 to 1e6.
            let small = (bits >> 11) as f64 / (1_u64 << 53) as f64;
            all.push(small * 10_f64.powi((next() % 13) as i32 - 6));
        }
        for i in -3_000..3_000 {
            let i = f64::from(i);
            // Ties and near ties: x.5, x.x5, x.xx5, x.xxx5, ...
            for scale in [1.0, 10.0, 100.0, 1000.0, 1e4] {
                all.push((i + 0.5) / scale);
            }
            all.push(i / 8.0);
            all.push(i / 3.0);
        }
        all.extend([0.125, 0.375, 2.5, 3.5, -2.5, 1e15 + 0.5, 4.35, 4.45, 20.95]);
        all.extend([
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            1e308,
            1e300,
        ]);
        all.extend([(1_u64 << 53) as f64, u64::MAX as f64, 1e19, 1e22, 1e23]);
        all
    }

    #[test]
    fn find_pair_is_str_find() {
        let texts = [
            "", "{", "{}", "a{}b{}", "{{}}", "}{", "æ{}ø", "a\n\n\nb", "\n\n", "x\ny\n\n",
        ];
        for text in texts {
            for pair in [b"{}", b"\n\n"] {
                let needle = std::str::from_utf8(pair).unwrap();
                assert_eq!(
                    find_pair(text, pair),
                    text.find(needle),
                    "{text:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn fill_and_paragraphs_are_what_replacen_and_split_gave() {
        use crate::core::i18n::{fill, fill_all};
        use crate::core::model::paragraphs;
        let texts = [
            "",
            "a",
            "\n\n",
            "a\n\nb",
            "a\n\n\nb\n\n",
            " a \n\n\n\n b ",
            "{} og {}",
            "{{}}",
        ];
        for text in texts {
            let split: Vec<&str> = text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            assert_eq!(paragraphs(text).collect::<Vec<_>>(), split, "{text:?}");
            assert_eq!(fill(text, "x{}"), text.replacen("{}", "x{}", 1), "{text:?}");
            let twice = text.replacen("{}", "1", 1).replacen("{}", "2", 1);
            assert_eq!(fill_all(text, &["1", "2"]), twice, "{text:?}");
        }
    }

    #[test]
    fn fixed_is_rusts_own_formatting() {
        for value in many() {
            for decimals in [0, 1, 2, 3] {
                let expected = format!("{value:.0$}", decimals as usize);
                assert_eq!(fixed(value, decimals, false), expected, "{value:e}");
            }
        }
    }

    #[test]
    fn fixed_is_exact_to_nine_decimals_and_writes_a_comma() {
        for value in many().into_iter().step_by(7) {
            for decimals in 4..=9 {
                let expected = format!("{value:.0$}", decimals as usize);
                assert_eq!(fixed(value, decimals, false), expected, "{value:e}");
            }
        }
        assert_eq!(fixed(4.25, 1, true), "4,2");
        assert_eq!(fixed(4.35, 1, true), "4,3");
        assert_eq!(fixed(-0.04, 1, true), "-0,0");
        assert_eq!(fixed(-0.0, 0, true), "-0");
        assert_eq!(fixed(21.0, 1, true), "21,0");
        assert_eq!(fixed(f64::NEG_INFINITY, 1, true), "-inf");
    }
}
