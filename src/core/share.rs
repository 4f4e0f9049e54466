//! Anonymous share codes: a person's levels (and nothing else: no name, no
//! note, no target) as a short code to read aloud or paste into a chat.
//!
//! Layout, in Crockford's base-32 alphabet (no I, L, O or U; case and dashes
//! ignored, and O/I/L read as 0/1 when typed):
//!
//! ```text
//! version (1 char) · wheel fingerprint (4 chars) · number (k + 2 chars) · check (2 chars)
//! ```
//!
//! The number is a random part (the nonce) followed by the levels as digits
//! in base `levels + 1` (0 = not rated): nonce · (levels + 1)^parts + levels.
//! The nonce takes the two extra characters and whatever room the levels
//! leave in theirs (at least 1,024 values; 16,163 on the KL wheel). It is a
//! hash of the person's secret (a random number the edge draws once and
//! keeps) and their levels: two people who rate alike give two codes (unless
//! 1 in 16,163), one person's code stays the same while their levels do,
//! and their codes before and after a course cannot be paired by anyone
//! without the secret. Version 1 codes (no nonce, `k` characters) are still
//! read.
//!
//! The two check characters make the whole code, read as a base-32 number,
//! divisible by the prime 1021. So every single-character change (which shifts the value
//! by d·32^i) and every swap of two neighbours (which shifts it by
//! (a − b)·31·32^i) is caught: 1021 divides none of those.

use thiserror::Error;

use crate::core::model::Wheel;
use crate::core::ratings::Ratings;

/// The share-code format this build writes and reads.
pub const VERSION: u8 = 2;
/// The first format: the levels alone, so people who rated alike collided.
const VERSION_1: u8 = 1;
/// Characters added to the number for the nonce (version 2).
const NONCE_CHARS: usize = 2;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHECK_PRIME: u32 = 1021;
const FINGERPRINT_CHARS: usize = 4;

/// Why a code was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CodeError {
    #[error("the code is empty")]
    Empty,
    #[error("the code has a character that is not used in codes: '{0}'")]
    BadCharacter(char),
    #[error("the code is too short or too long for this wheel")]
    Length,
    #[error("the code has a typo (its check characters do not match)")]
    Checksum,
    #[error("the code was made by another version of the wheel (format {0})")]
    Version(u8),
    #[error("the code belongs to another wheel")]
    OtherWheel,
}

/// A wheel's identity for codes: its id and its parts, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeShape {
    fingerprint: u32,
    parts: Vec<String>,
    levels: u8,
    /// Base-32 characters that hold the level number in version 1.
    width: usize,
    /// How many nonces a version 2 code can hold.
    nonces: u32,
}

impl CodeShape {
    /// The code shape of `wheel` with `levels` rating levels.
    pub fn of(wheel: &Wheel, levels: u8) -> CodeShape {
        let parts: Vec<String> = wheel.parts().map(|(_, p)| p.id.clone()).collect();
        // FNV-1a over the wheel id, the level count and the part ids.
        let mut hash: u32 = 0x811c_9dc5;
        let mut feed = |bytes: &[u8]| {
            for &b in bytes {
                hash ^= u32::from(b);
                hash = hash.wrapping_mul(0x0100_0193);
            }
            hash ^= 0xff;
            hash = hash.wrapping_mul(0x0100_0193);
        };
        feed(wheel.id.as_bytes());
        feed(&[levels]);
        for id in &parts {
            feed(id.as_bytes());
        }
        CodeShape {
            fingerprint: hash & 0xf_ffff,
            parts,
            levels,
            width: 0,
            nonces: 0,
        }
        .sized()
    }

    /// What a code holds of `ratings`: each part's level in the wheel's
    /// order (0 = not rated, or a level this shape does not have). Nothing
    /// else of a rating, no target, note or time, is read.
    pub fn levels_of(&self, ratings: &Ratings) -> Levels {
        Levels(
            self.parts
                .iter()
                .map(|id| ratings.level(id).filter(|&l| l <= self.levels).unwrap_or(0))
                .collect(),
        )
    }

    /// The shape with its widths computed from its parts and levels.
    fn sized(mut self) -> CodeShape {
        self.width = self.level_chars();
        // floor(32^(width + 2) / (levels + 1)^n): from 32^2 (the levels fill
        // their characters) to just under 32^3, so it fits a u32.
        let mut room = vec![0u8; self.width + NONCE_CHARS + 1];
        room[0] = 1;
        for _ in &self.parts {
            divide(&mut room, u32::from(self.levels) + 1);
        }
        self.nonces = room.iter().fold(0, |acc, &d| (acc << 5) | u32::from(d));
        self
    }

    /// The characters between the fingerprint and the check in `version`.
    fn number_chars(&self, version: u8) -> usize {
        self.width + if version == VERSION_1 { 0 } else { NONCE_CHARS }
    }

    /// The number of base-32 characters that hold the levels.
    fn level_chars(&self) -> usize {
        // ceil(n · log32(levels + 1)), by repeated multiplication.
        let mut digits = vec![1u8];
        for _ in &self.parts {
            multiply_add(&mut digits, u32::from(self.levels) + 1, 0);
        }
        // `digits` now holds (levels + 1)^n; its width minus the leading one.
        let width = digits.len();
        if digits.iter().skip(1).all(|&d| d == 0) && digits[0] == 1 {
            width - 1
        } else {
            width
        }
        .max(1)
    }
}

/// The levels a code holds, one per part of its shape, in the wheel's
/// order: made only by [`CodeShape::levels_of`], so they always fit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Levels(Vec<u8>);

/// The code for `levels` on a wheel of `shape`, grouped in fours with dashes.
/// `person` is the person's secret (the edge draws it once and keeps it).
pub fn encode(shape: &CodeShape, levels: &Levels, person: u32) -> String {
    let levels = &levels.0;
    let mut digits = Vec::with_capacity(1 + FINGERPRINT_CHARS + shape.width + NONCE_CHARS + 2);
    code_digits(shape, levels, nonce(shape, person, levels), &mut digits);
    let text: String = digits
        .iter()
        .map(|&d| ALPHABET[usize::from(d)] as char)
        .collect();
    group(&text)
}

/// The random part of `person`'s code for `levels`: FNV-1a over both, then
/// a finaliser that spreads every input bit over the low bits kept.
fn nonce(shape: &CodeShape, person: u32, levels: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in person.to_le_bytes().iter().chain(levels) {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    hash ^= hash >> 16;
    hash = hash.wrapping_mul(0x85eb_ca6b);
    hash ^= hash >> 13;
    hash = hash.wrapping_mul(0xc2b2_ae35);
    hash ^= hash >> 16;
    hash % shape.nonces
}

/// Reads a code typed or pasted by a person, for a wheel of `shape`.
/// Returns each part's level (0 = not rated), in the wheel's part order.
pub fn decode(shape: &CodeShape, code: &str) -> Result<Vec<u8>, CodeError> {
    let digits = normalize(code)?;
    let mut levels = vec![0u8; shape.parts.len()];
    levels_from_digits(shape, &digits, &mut levels)?;
    Ok(levels)
}

/// The code's digits (base 32, most significant first) for `levels` and
/// `nonce` (below `shape.nonces`), into `out`. The number is built with
/// base-32 long arithmetic, so any wheel size takes the same path.
fn code_digits(shape: &CodeShape, levels: &[u8], nonce: u32, out: &mut Vec<u8>) {
    out.clear();
    out.push(VERSION);
    for shift in (0..FINGERPRINT_CHARS).rev() {
        out.push(((shape.fingerprint >> (5 * shift)) & 31) as u8);
    }
    let base = u32::from(shape.levels) + 1;
    let mut number = vec![0u8];
    multiply_add(&mut number, 1, nonce);
    for &level in levels {
        multiply_add(&mut number, base, u32::from(level));
    }
    out.extend(std::iter::repeat_n(
        0,
        shape.number_chars(VERSION).saturating_sub(number.len()),
    ));
    out.extend(&number);
    // Choose c so that body · 1024 + c ≡ 0 (mod 1021).
    let remainder = modulo(out) * 1024 % CHECK_PRIME;
    let check = (CHECK_PRIME - remainder) % CHECK_PRIME;
    out.push((check / 32) as u8);
    out.push((check % 32) as u8);
}

/// Checks a code's `digits` and reads its levels into `levels`.
fn levels_from_digits(
    shape: &CodeShape,
    digits: &[u8],
    levels: &mut [u8],
) -> Result<(), CodeError> {
    let version = digits[0];
    let known = version == VERSION || version == VERSION_1;
    let expected = 1 + FINGERPRINT_CHARS + shape.number_chars(version) + 2;
    if digits.len() != expected {
        // A wrong length may still be another wheel's or version's code.
        if digits.len() > 1 + FINGERPRINT_CHARS + 2 && modulo(digits) == 0 {
            return Err(if !known {
                CodeError::Version(digits[0])
            } else {
                CodeError::OtherWheel
            });
        }
        // The length of a code of the other version: a typo in the first
        // character (the check says so), not a code cut short.
        let other = if version == VERSION_1 {
            VERSION
        } else {
            VERSION_1
        };
        if digits.len() == 1 + FINGERPRINT_CHARS + shape.number_chars(other) + 2 {
            return Err(CodeError::Checksum);
        }
        return Err(CodeError::Length);
    }
    if modulo(digits) != 0 {
        return Err(CodeError::Checksum);
    }
    if !known {
        return Err(CodeError::Version(version));
    }
    let fingerprint = digits[1..=FINGERPRINT_CHARS]
        .iter()
        .fold(0u32, |acc, &d| (acc << 5) | u32::from(d));
    if fingerprint != shape.fingerprint {
        return Err(CodeError::OtherWheel);
    }
    let number = &digits[1 + FINGERPRINT_CHARS..digits.len() - 2];
    let base = u32::from(shape.levels) + 1;
    let mut number = number.to_vec();
    for slot in levels.iter_mut().rev() {
        *slot = divide(&mut number, base) as u8;
    }
    // What is left is the nonce: none in version 1, below `nonces` in 2.
    let nonce = number
        .iter()
        .fold(0u32, |acc, &d| (acc << 5) | u32::from(d));
    let room = if version == VERSION_1 {
        1
    } else {
        shape.nonces
    };
    if nonce >= room {
        return Err(CodeError::Length);
    }
    Ok(())
}

/// The canonical form of a code (for spotting duplicates).
pub fn canonical(code: &str) -> Option<String> {
    normalize(code).ok().map(|digits| {
        digits
            .iter()
            .map(|&d| ALPHABET[usize::from(d)] as char)
            .collect()
    })
}

fn normalize(code: &str) -> Result<Vec<u8>, CodeError> {
    let mut digits = Vec::with_capacity(code.len());
    for c in code.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let value = ALPHABET
            .iter()
            .position(|&a| a as char == c)
            .ok_or(CodeError::BadCharacter(c))?;
        digits.push(value as u8);
    }
    if digits.is_empty() {
        return Err(CodeError::Empty);
    }
    Ok(digits)
}

fn group(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(4)
        .map(|chunk| chunk.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// `digits` (base 32, most significant first) := digits · factor + add.
fn multiply_add(digits: &mut Vec<u8>, factor: u32, add: u32) {
    let mut carry = add;
    for d in digits.iter_mut().rev() {
        let value = u32::from(*d) * factor + carry;
        *d = (value % 32) as u8;
        carry = value / 32;
    }
    while carry > 0 {
        digits.insert(0, (carry % 32) as u8);
        carry /= 32;
    }
}

/// `digits` := digits / divisor; returns the remainder.
fn divide(digits: &mut [u8], divisor: u32) -> u32 {
    let mut remainder = 0;
    for d in digits.iter_mut() {
        let value = remainder * 32 + u32::from(*d);
        *d = (value / divisor) as u8;
        remainder = value % divisor;
    }
    remainder
}

fn modulo(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |acc, &d| (acc * 32 + u32::from(d)) % CHECK_PRIME)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ratings::Edit;

    fn kl() -> (Wheel, CodeShape) {
        let wheel = Wheel::builtin();
        let shape = CodeShape::of(&wheel, 5);
        (wheel, shape)
    }

    fn ratings_from(shape: &CodeShape, levels: &[u8]) -> Ratings {
        shape
            .parts
            .iter()
            .zip(levels)
            .fold(Ratings::new(), |r, (id, &level)| {
                let level = (level > 0).then_some(level);
                r.edit(id, Edit::Level(level), 5, 1.0).unwrap_or(r)
            })
    }

    /// The code of `ratings`, by way of the levels it holds.
    fn code_of(shape: &CodeShape, ratings: &Ratings, person: u32) -> String {
        encode(shape, &shape.levels_of(ratings), person)
    }

    /// A small deterministic generator, so failures can be replayed.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, below: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) % below
        }
    }

    #[test]
    fn a_twelve_part_code_is_short_and_url_safe() {
        let (_, shape) = kl();
        let code = code_of(&shape, &ratings_from(&shape, &[3; 12]), u32::MAX);
        // Four groups of four: the nonce costs two characters.
        assert_eq!(code.len(), 19, "{code}");
        assert_eq!(code.replace('-', "").len(), 1 + 4 + 7 + 2 + 2, "{code}");
        assert!(
            code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{code}"
        );
    }

    #[test]
    fn every_level_of_every_part_round_trips() {
        let (_, shape) = kl();
        let mut rng = Lcg(7);
        for part in 0..12 {
            for level in 0..=5u8 {
                let mut levels: Vec<u8> = (0..12).map(|_| rng.next(6) as u8).collect();
                levels[part] = level;
                let person = rng.next(1 << 32) as u32;
                let code = code_of(&shape, &ratings_from(&shape, &levels), person);
                assert_eq!(decode(&shape, &code), Ok(levels), "{code}");
            }
        }
    }

    #[test]
    fn the_boundaries_round_trip() {
        // All parts at the lowest and the highest value, and each part alone
        // at each level with every other part unrated or at the top: the
        // cases where a carry or a leading zero would go wrong.
        let (_, shape) = kl();
        let mut cases = vec![vec![0u8; 12], vec![1u8; 12], vec![5u8; 12]];
        for part in 0..12 {
            for level in 0..=5u8 {
                for rest in [0u8, 5] {
                    let mut levels = vec![rest; 12];
                    levels[part] = level;
                    cases.push(levels);
                }
            }
        }
        for levels in cases {
            for person in [0, 1, 2, u32::MAX] {
                let code = code_of(&shape, &ratings_from(&shape, &levels), person);
                assert_eq!(decode(&shape, &code), Ok(levels.clone()), "{code}");
            }
        }
    }

    #[test]
    fn the_largest_wheels_round_trip() {
        // 1,024 parts at 10 levels: far past 64 bits.
        let parts: Vec<String> = (0..1024).map(|i| format!("p{i}")).collect();
        let shape = CodeShape {
            fingerprint: 0x1_2345,
            width: 0,
            nonces: 0,
            parts,
            levels: 10,
        }
        .sized();
        assert!((1024..32768).contains(&shape.nonces), "{}", shape.nonces);
        let mut rng = Lcg(5);
        for top in [0u8, 10] {
            let levels = vec![top; 1024];
            let mut digits = Vec::new();
            code_digits(&shape, &levels, shape.nonces - 1, &mut digits);
            let mut back = vec![0u8; 1024];
            assert_eq!(levels_from_digits(&shape, &digits, &mut back), Ok(()));
            assert_eq!(back, levels);
        }
        for _ in 0..20 {
            let levels: Vec<u8> = (0..1024).map(|_| rng.next(11) as u8).collect();
            let mut digits = Vec::new();
            let nonce = rng.next(u64::from(shape.nonces)) as u32;
            code_digits(&shape, &levels, nonce, &mut digits);
            let mut back = vec![0u8; 1024];
            assert_eq!(levels_from_digits(&shape, &digits, &mut back), Ok(()));
            assert_eq!(back, levels);
        }
    }

    #[test]
    fn many_level_combinations_round_trip() {
        // A seeded sample of 200,000 combinations spread over the whole
        // space of 6^12; the boundaries have their own test.
        let (_, shape) = kl();
        let mut cases = vec![[0u8; 12], [5u8; 12], [1u8; 12]];
        let mut rng = Lcg(42);
        for _ in 0..200_000 {
            let mut levels = [0u8; 12];
            levels.iter_mut().for_each(|l| *l = rng.next(6) as u8);
            cases.push(levels);
        }
        for levels in cases {
            let person = rng.next(1 << 32) as u32;
            let code = code_of(&shape, &ratings_from(&shape, &levels), person);
            assert_eq!(decode(&shape, &code).as_deref(), Ok(&levels[..]), "{code}");
        }
    }

    #[test]
    fn the_check_catches_every_single_change_and_every_neighbour_swap() {
        let (_, shape) = kl();
        let mut rng = Lcg(3);
        for _ in 0..300 {
            let levels: Vec<u8> = (0..12).map(|_| rng.next(6) as u8).collect();
            let person = rng.next(1 << 32) as u32;
            let code = canonical(&code_of(&shape, &ratings_from(&shape, &levels), person)).unwrap();
            let chars: Vec<char> = code.chars().collect();
            for i in 0..chars.len() {
                for &other in ALPHABET {
                    let other = other as char;
                    if other == chars[i] {
                        continue;
                    }
                    let mut changed = chars.clone();
                    changed[i] = other;
                    let changed: String = changed.into_iter().collect();
                    assert!(decode(&shape, &changed).is_err(), "{code} → {changed}");
                }
                if i + 1 < chars.len() && chars[i] != chars[i + 1] {
                    let mut swapped = chars.clone();
                    swapped.swap(i, i + 1);
                    let swapped: String = swapped.into_iter().collect();
                    assert_eq!(
                        decode(&shape, &swapped),
                        Err(CodeError::Checksum),
                        "{code} → {swapped}"
                    );
                }
            }
        }
    }

    #[test]
    fn typing_is_forgiving() {
        let (_, shape) = kl();
        let levels = [1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0];
        let code = code_of(&shape, &ratings_from(&shape, &levels), 777);
        let typed = format!(
            "  {} ",
            code.to_lowercase()
                .replace('0', "o")
                .replace('1', "l")
                .replace('-', " ")
        );
        assert_eq!(decode(&shape, &typed).as_deref(), Ok(&levels[..]));
    }

    #[test]
    fn other_wheels_versions_and_garbage_are_refused() {
        let (wheel, shape) = kl();
        let code = code_of(&shape, &ratings_from(&shape, &[2; 12]), 9);
        // Another wheel: different parts or level count.
        let other = CodeShape::of(&wheel, 4);
        assert_eq!(decode(&other, &code), Err(CodeError::OtherWheel));
        let uneven = Wheel::from_json(include_str!(
            "../../www/wheels/eksempel-digital-forvaltning.da.json"
        ))
        .unwrap();
        let uneven_code = encode(&CodeShape::of(&uneven, 4), &Levels(Vec::new()), 9);
        assert_eq!(decode(&shape, &uneven_code), Err(CodeError::OtherWheel));
        // Another version: rebuild with the first character changed, and a
        // valid check for it.
        let mut digits = normalize(&code).unwrap();
        digits[0] = 3;
        digits.truncate(digits.len() - 2);
        let check = (CHECK_PRIME - modulo(&digits) * 1024 % CHECK_PRIME) % CHECK_PRIME;
        digits.extend([(check / 32) as u8, (check % 32) as u8]);
        let v2: String = digits
            .iter()
            .map(|&d| ALPHABET[usize::from(d)] as char)
            .collect();
        assert_eq!(decode(&shape, &v2), Err(CodeError::Version(3)));
        assert_eq!(decode(&shape, ""), Err(CodeError::Empty));
        assert_eq!(decode(&shape, "hello!"), Err(CodeError::BadCharacter('!')));
        assert_eq!(decode(&shape, "ABCD"), Err(CodeError::Length));
        assert_eq!(decode(&shape, "U"), Err(CodeError::BadCharacter('U')));
    }

    #[test]
    fn a_code_holds_each_parts_level_and_nothing_beyond_the_scale() {
        let (wheel, shape) = kl();
        let levels = [5, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2];
        let ratings = ratings_from(&shape, &levels);
        assert_eq!(shape.levels_of(&ratings), Levels(levels.to_vec()));
        // On a four-level scale, a 5 is a level the code cannot hold.
        let four = CodeShape::of(&wheel, 4);
        assert_eq!(four.levels_of(&ratings).0[..2], [0, 3]);
    }

    #[test]
    fn nothing_but_levels_goes_into_a_code() {
        let (_, shape) = kl();
        let plain = ratings_from(&shape, &[3; 12]);
        let noted = plain
            .edit("innovation", Edit::Note("privat".into()), 5, 2.0)
            .unwrap()
            .edit("innovation", Edit::Target(Some(5)), 5, 3.0)
            .unwrap();
        assert_eq!(code_of(&shape, &plain, 5), code_of(&shape, &noted, 5));
    }

    #[test]
    fn people_who_rate_alike_get_different_codes_and_one_person_keeps_theirs() {
        let (_, shape) = kl();
        assert_eq!(shape.nonces, 16_163);
        let alike = ratings_from(&shape, &[3; 12]);
        // A room of eight who all rated alike: eight codes, each read back.
        let room: Vec<String> = (1..=8u32)
            .map(|person| canonical(&code_of(&shape, &alike, person * 7919)).unwrap())
            .collect();
        let mut distinct = room.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 8, "{room:?}");
        assert!(room.iter().all(|c| decode(&shape, c) == Ok(vec![3; 12])));
        // Two thousand alike: about as few collide as chance allows
        // (2000² / 2 / 16163 ≈ 124 pairs).
        let mut many: Vec<String> = (0..2000u32)
            .map(|person| code_of(&shape, &alike, person))
            .collect();
        many.sort();
        many.dedup();
        assert!(many.len() > 1800, "{}", many.len());
        // The same person (the same secret) gets the same code each time,
        // the code tests/e2e/codes.mjs makes from the format's description.
        assert_eq!(code_of(&shape, &alike, 4242), "22SG-0R8K-P7AA-CSHR");
        assert_eq!(code_of(&shape, &alike, 4243), "22SG-0BN1-W4J2-CSWE");
    }

    #[test]
    fn one_persons_codes_for_other_levels_do_not_share_a_random_part() {
        // Anyone can read the random part out of a code; if it were the
        // same in a person's codes before and after a course, the two could
        // be paired. It is a hash of the secret and the levels instead.
        let (_, shape) = kl();
        let mut rng = Lcg(11);
        let mut parts: Vec<u32> = (0..200)
            .map(|_| {
                let levels: Vec<u8> = (0..12).map(|_| rng.next(6) as u8).collect();
                nonce(&shape, 4242, &levels)
            })
            .collect();
        parts.sort_unstable();
        parts.dedup();
        assert!(parts.len() > 190, "{}", parts.len());
    }

    #[test]
    fn version_1_codes_are_still_read() {
        // Made by the version 1 encoder (before codes had a random part).
        let (_, shape) = kl();
        assert_eq!(
            decode(&shape, "12SG-00FH-WZ9P-97"),
            Ok(vec![1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0])
        );
        assert_eq!(decode(&shape, "12sg 016x j2cs 9c"), Ok(vec![3; 12]));
        // A version 1 code with a typo is a typo, not another version, also
        // in its first character.
        assert_eq!(
            decode(&shape, "12SG-016X-J2CS-9D"),
            Err(CodeError::Checksum)
        );
        assert_eq!(
            decode(&shape, "22SG-016X-J2CS-9C"),
            Err(CodeError::Checksum)
        );
        assert_eq!(
            decode(&shape, "12SG-0R8K-P7AA-CSHR"),
            Err(CodeError::Checksum)
        );
        // A version 2 body read as version 1 (its first character changed,
        // the check made valid) is refused: its number is too long.
        let mut digits = normalize(&code_of(&shape, &ratings_from(&shape, &[3; 12]), 1)).unwrap();
        digits[0] = VERSION_1;
        digits.truncate(digits.len() - 2);
        let check = (CHECK_PRIME - modulo(&digits) * 1024 % CHECK_PRIME) % CHECK_PRIME;
        digits.extend([(check / 32) as u8, (check % 32) as u8]);
        let text: String = digits
            .iter()
            .map(|&d| ALPHABET[usize::from(d)] as char)
            .collect();
        assert!(decode(&shape, &text).is_err());
    }
}
