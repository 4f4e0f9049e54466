//! Pure geometry for the wheel: where each segment sits, its SVG path, and
//! whether a label's box fits inside it.
//!
//! Coordinates are SVG user units in a square `viewBox` of [`VIEW`] units with
//! the wheel's centre at [`CENTER`]. Angles are radians measured clockwise
//! from twelve o'clock, so the first dimension starts at the top.

use std::f64::consts::{PI, TAU};
use std::fmt::Write;

use crate::core::number::clamp;

/// Width and height of the `viewBox`.
pub const VIEW: f64 = 1000.0;
/// The wheel's centre (both x and y).
pub const CENTER: f64 = VIEW / 2.0;

/// The radii of the wheel's rings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rings {
    /// Radius of the hub in the middle (nothing interactive is drawn there).
    pub hub: f64,
    /// Outer radius of the dimension ring.
    pub dimensions: f64,
    /// Outer radius of the part ring.
    pub parts: f64,
}

/// The rings the widget draws. The part ring is the deepest because part
/// titles are the most numerous labels.
pub const RINGS: Rings = Rings {
    hub: 130.0,
    dimensions: 285.0,
    parts: 492.0,
};

/// The rings of a small wheel whose dimension ring can show only numbers:
/// numbers need little depth, so the part ring takes it and can show words
/// (see [`crate::core::labels::layout`]).
pub const COMPACT_RINGS: Rings = Rings {
    hub: 130.0,
    dimensions: 235.0,
    parts: 492.0,
};

/// The rings of a presented wheel: its hub shows nothing, so the dimension
/// ring takes that room for labels large enough to read across a room.
pub const PRESENT_RINGS: Rings = Rings {
    hub: 70.0,
    dimensions: 295.0,
    parts: 492.0,
};

/// A point in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The point at `radius` and `angle` from the wheel's centre.
pub fn polar(radius: f64, angle: f64) -> Point {
    let (sin, cos) = sin_cos(angle);
    Point {
        x: CENTER + radius * sin,
        y: CENTER - radius * cos,
    }
}

/// The sine and cosine of `angle` (radians, a few turns at most): the
/// angle less the nearest multiple of π/2 (π/2 in two parts, Cody and
/// Waite), then fdlibm's polynomials on ±π/4. `f64::sin` and `f64::cos`
/// bring libm's reduction for any angle up to 1e308 (`rem_pio2_large`)
/// into the wasm, 7.6 KB before compression, for angles a wheel never has.
// The constants as fdlibm publishes them (each is the same f64 rounded).
#[allow(clippy::excessive_precision)]
pub fn sin_cos(angle: f64) -> (f64, f64) {
    const PIO2_HI: f64 = 1.570_796_326_734_125_614_17;
    const PIO2_LO: f64 = 6.077_100_506_506_192_249_32e-11;
    let n = (angle * std::f64::consts::FRAC_2_PI + 0.5).floor();
    let x = (angle - n * PIO2_HI) - n * PIO2_LO;
    let z = x * x;
    let w = z * z;
    let r = 8.333_333_333_322_489_461_24e-3
        + z * (-1.984_126_982_985_794_931_34e-4 + z * 2.755_731_370_707_006_767_89e-6)
        + z * w * (-2.505_076_025_340_686_341_95e-8 + z * 1.589_690_995_211_550_102_21e-10);
    let sin = x + z * x * (-1.666_666_666_666_663_243_48e-1 + z * r);
    let r = z
        * (4.166_666_666_666_660_190_37e-2
            + z * (-1.388_888_888_887_410_957_49e-3 + z * 2.480_158_728_947_672_941_78e-5))
        + w * w
            * (-2.755_731_435_139_066_330_35e-7
                + z * (2.087_572_321_298_174_827_90e-9 + z * -1.135_964_755_778_819_482_65e-11));
    let half = 0.5 * z;
    let one_less = 1.0 - half;
    let cos = one_less + (((1.0 - one_less) - half) + z * r);
    match (n as i64) & 3 {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// An axis-aligned rectangle given by its centre and size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub center: Point,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    fn corners(&self) -> [Point; 4] {
        let (hw, hh) = (self.width / 2.0, self.height / 2.0);
        let Point { x, y } = self.center;
        [
            Point {
                x: x - hw,
                y: y - hh,
            },
            Point {
                x: x + hw,
                y: y - hh,
            },
            Point {
                x: x + hw,
                y: y + hh,
            },
            Point {
                x: x - hw,
                y: y + hh,
            },
        ]
    }
}

/// A ring segment: radii `inner..outer`, angles `start..end` (clockwise).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sector {
    pub inner: f64,
    pub outer: f64,
    pub start: f64,
    pub end: f64,
}

impl Sector {
    /// The angle halfway through the segment.
    pub fn mid_angle(&self) -> f64 {
        (self.start + self.end) / 2.0
    }

    /// The angular size of the segment.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// The SVG path data that draws this segment.
    pub fn path(&self) -> String {
        let mut d = String::with_capacity(96);
        if self.span() >= TAU - 1e-9 {
            // A whole ring: two half circles out, two back in the other direction.
            let (top_out, bottom_out) = (polar(self.outer, 0.0), polar(self.outer, PI));
            let (top_in, bottom_in) = (polar(self.inner, 0.0), polar(self.inner, PI));
            let r = num(self.outer);
            let _ = write!(
                d,
                "M{} {}A{r} {r} 0 1 1 {} {}A{r} {r} 0 1 1 {} {}Z",
                num(top_out.x),
                num(top_out.y),
                num(bottom_out.x),
                num(bottom_out.y),
                num(top_out.x),
                num(top_out.y)
            );
            if self.inner > 0.0 {
                let r = num(self.inner);
                let _ = write!(
                    d,
                    "M{} {}A{r} {r} 0 1 0 {} {}A{r} {r} 0 1 0 {} {}Z",
                    num(top_in.x),
                    num(top_in.y),
                    num(bottom_in.x),
                    num(bottom_in.y),
                    num(top_in.x),
                    num(top_in.y)
                );
            }
            return d;
        }
        let large = u8::from(self.span() > PI);
        write_arc(&mut d, self.outer, self.start, self.end);
        if self.inner > 0.0 {
            let (c, e) = (polar(self.inner, self.end), polar(self.inner, self.start));
            let r = num(self.inner);
            let _ = write!(
                d,
                "L{} {}A{r} {r} 0 {large} 0 {} {}Z",
                num(c.x),
                num(c.y),
                num(e.x),
                num(e.y)
            );
        } else {
            let _ = write!(d, "L{} {}Z", num(CENTER), num(CENTER));
        }
        d
    }

    /// Whether `rect` lies wholly inside the segment, at least `margin` units
    /// from each of its edges.
    pub fn contains(&self, rect: &Rect, margin: f64) -> bool {
        let corners = rect.corners();
        // The outer disc is convex, so the corners decide.
        let max_r = self.outer - margin;
        if corners.iter().any(|p| distance_from_center(*p) > max_r) {
            return false;
        }
        // The rectangle must keep clear of the inner disc: its nearest point
        // to the centre decides.
        let nearest = Point {
            x: clamp(CENTER, corners[0].x, corners[2].x),
            y: clamp(CENTER, corners[0].y, corners[2].y),
        };
        if self.inner > 0.0 && distance_from_center(nearest) < self.inner + margin {
            return false;
        }
        if self.span() >= TAU - 1e-9 {
            return true;
        }
        if self.span() <= PI {
            // A wedge of at most half a turn is the intersection of two
            // half-planes, which is convex: the corners decide.
            corners.iter().all(|p| {
                let (dx, dy) = (p.x - CENTER, p.y - CENTER);
                let ((start_sin, start_cos), (end_sin, end_cos)) =
                    (sin_cos(self.start), sin_cos(self.end));
                let after_start = dx * start_cos + dy * start_sin;
                let before_end = -(dx * end_cos + dy * end_sin);
                after_start >= margin && before_end >= margin
            })
        } else {
            // A wider wedge is not convex; sample the rectangle's edges.
            (0..4).all(|i| {
                let (a, b) = (corners[i], corners[(i + 1) % 4]);
                (0..=16).all(|k| {
                    let t = f64::from(k) / 16.0;
                    let p = Point {
                        x: a.x + (b.x - a.x) * t,
                        y: a.y + (b.y - a.y) * t,
                    };
                    self.contains_angle(angle_of(p))
                })
            })
        }
    }

    fn contains_angle(&self, angle: f64) -> bool {
        let relative = within_turn(angle - self.start);
        relative <= self.span()
    }
}

/// An arc (no fill) at `radius` from `start` to `end` clockwise: the outer
/// edge of a sector, and the target and range marks drawn across one.
pub fn arc_path(radius: f64, start: f64, end: f64) -> String {
    let mut d = String::with_capacity(48);
    write_arc(&mut d, radius, start, end);
    d
}

fn write_arc(d: &mut String, radius: f64, start: f64, end: f64) {
    let (a, b) = (polar(radius, start), polar(radius, end));
    let large = u8::from(end - start > PI);
    let r = num(radius);
    let _ = write!(
        d,
        "M{} {}A{r} {r} 0 {large} 1 {} {}",
        num(a.x),
        num(a.y),
        num(b.x),
        num(b.y)
    );
}

/// The segments of a whole wheel.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelGeometry {
    /// One sector per dimension (inner ring).
    pub dimensions: Vec<Sector>,
    /// Per dimension, one sector per part (outer ring).
    pub parts: Vec<Vec<Sector>>,
}

/// Lays out a wheel whose dimensions have `part_counts` parts each. Every part
/// gets the same angle, and a dimension spans exactly its parts, so uneven
/// wheels stay readable.
pub fn wheel_geometry(part_counts: &[usize], rings: Rings) -> WheelGeometry {
    let total: usize = part_counts.iter().sum();
    let step = if total == 0 { 0.0 } else { TAU / total as f64 };
    let mut dimensions = Vec::with_capacity(part_counts.len());
    let mut parts = Vec::with_capacity(part_counts.len());
    let mut index = 0usize;
    for &count in part_counts {
        let start = index as f64 * step;
        let end = (index + count) as f64 * step;
        dimensions.push(Sector {
            inner: rings.hub,
            outer: rings.dimensions,
            start,
            end,
        });
        parts.push(
            (0..count)
                .map(|p| Sector {
                    inner: rings.dimensions,
                    outer: rings.parts,
                    start: (index + p) as f64 * step,
                    end: (index + p + 1) as f64 * step,
                })
                .collect(),
        );
        index += count;
    }
    WheelGeometry { dimensions, parts }
}

/// Formats a coordinate with one decimal, dropping a trailing `.0`; enough
/// precision for a 1000-unit `viewBox` and keeps the markup small.
pub fn num(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        let sign = if tenths < 0 { "-" } else { "" };
        let tenths = tenths.abs();
        format!("{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

fn distance_from_center(p: Point) -> f64 {
    (p.x - CENTER).hypot(p.y - CENTER)
}

fn angle_of(p: Point) -> f64 {
    within_turn((p.x - CENTER).atan2(CENTER - p.y))
}

/// `angle` as `angle.rem_euclid(TAU)` gives it, for an angle within two
/// turns either way (a wheel's angles and their differences): one turn added
/// or taken is then exact, as `%` is. An `f64`'s `%` would bring libm's
/// `fmod` and 128-bit division into the wasm (about 2 KB).
fn within_turn(angle: f64) -> f64 {
    let reduced = if angle >= TAU {
        angle - TAU
    } else if angle <= -TAU {
        angle + TAU
    } else {
        angle
    };
    if reduced < 0.0 {
        reduced + TAU
    } else {
        reduced
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sine_and_cosine_match_the_standard_library() {
        for i in -200_000..=200_000 {
            let angle = f64::from(i) * 1e-4;
            let (sin, cos) = sin_cos(angle);
            assert!((sin - angle.sin()).abs() <= 2.5e-16, "sin {angle}: {sin}");
            assert!((cos - angle.cos()).abs() <= 2.5e-16, "cos {angle}: {cos}");
        }
    }

    const EPS: f64 = 1e-9;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn polar_zero_is_twelve_o_clock_and_turns_clockwise() {
        let top = polar(100.0, 0.0);
        assert!(close(top.x, 500.0) && close(top.y, 400.0), "{top:?}");
        let right = polar(100.0, PI / 2.0);
        assert!(close(right.x, 600.0) && close(right.y, 500.0), "{right:?}");
        let bottom = polar(100.0, PI);
        assert!(
            close(bottom.x, 500.0) && close(bottom.y, 600.0),
            "{bottom:?}"
        );
    }

    #[test]
    fn within_turn_is_rem_euclid_within_two_turns() {
        let mut angles = vec![0.0, -0.0, TAU, -TAU, PI, -PI, 2.0 * TAU - 1e-12];
        for i in -400_000..400_000 {
            angles.push(f64::from(i) * (2.0 * TAU / 400_000.0));
        }
        // A turn and a few units in the last place either side of it.
        for edge in [TAU, -TAU] {
            for ulps in 1..=3 {
                angles.push(f64::from_bits(edge.to_bits() + ulps));
                angles.push(f64::from_bits(edge.to_bits() - ulps));
            }
        }
        for angle in angles.into_iter().filter(|a| a.abs() < 2.0 * TAU) {
            // Equal as numbers: only the sign of a zero may differ (at -TAU).
            assert_eq!(within_turn(angle), angle.rem_euclid(TAU), "{angle}");
        }
    }

    #[test]
    fn num_rounds_to_one_decimal() {
        let cases = [
            (1.0, "1"),
            (1.04, "1"),
            (1.05, "1.1"),
            (-0.25, "-0.3"),
            (-3.0, "-3"),
            (499.96, "500"),
            (0.0, "0"),
        ];
        for (value, expected) in cases {
            assert_eq!(num(value), expected, "{value}");
        }
    }

    #[test]
    fn kl_shape_gives_quarter_dimensions_and_twelfth_parts() {
        let g = wheel_geometry(&[3, 3, 3, 3], RINGS);
        assert_eq!(g.dimensions.len(), 4);
        for (d, sector) in g.dimensions.iter().enumerate() {
            assert!(close(sector.span(), PI / 2.0));
            assert!(close(sector.start, d as f64 * PI / 2.0));
            assert_eq!(g.parts[d].len(), 3);
            // A dimension spans exactly its parts.
            assert!(close(g.parts[d][0].start, sector.start));
            assert!(close(g.parts[d][2].end, sector.end));
        }
        assert!(close(g.parts[3][2].end, TAU));
    }

    #[test]
    fn uneven_wheels_give_every_part_the_same_angle() {
        let g = wheel_geometry(&[1, 4, 2], RINGS);
        let step = TAU / 7.0;
        assert!(close(g.dimensions[0].span(), step));
        assert!(close(g.dimensions[1].span(), 4.0 * step));
        assert!(close(g.dimensions[2].start, 5.0 * step));
        for sector in g.parts.iter().flatten() {
            assert!(close(sector.span(), step));
        }
    }

    #[test]
    fn paths_are_closed_annular_sectors() {
        let quarter = Sector {
            inner: 100.0,
            outer: 200.0,
            start: 0.0,
            end: PI / 2.0,
        };
        assert_eq!(
            quarter.path(),
            "M500 300A200 200 0 0 1 700 500L600 500A100 100 0 0 0 500 400Z"
        );
        let three_quarters = Sector {
            end: 1.5 * PI,
            ..quarter
        };
        assert!(
            three_quarters.path().contains("0 1 1"),
            "large-arc flag set"
        );
        let ring = Sector {
            end: TAU,
            ..quarter
        };
        assert_eq!(
            ring.path().matches('M').count(),
            2,
            "outer and inner circle"
        );
    }

    #[test]
    fn containment_checks_every_edge() {
        // The top quarter-ring segment from 12 to 3 o'clock, radii 100..300.
        let s = Sector {
            inner: 100.0,
            outer: 300.0,
            start: 0.0,
            end: PI / 2.0,
        };
        let at = |x: f64, y: f64, width: f64, height: f64| Rect {
            center: Point {
                x: CENTER + x,
                y: CENTER - y,
            },
            width,
            height,
        };
        let cases = [
            (at(140.0, 140.0, 60.0, 40.0), true, "well inside"),
            (
                at(-30.0, 200.0, 40.0, 20.0),
                false,
                "crosses the start edge",
            ),
            (at(200.0, 10.0, 40.0, 40.0), false, "crosses the end edge"),
            (at(200.0, 200.0, 60.0, 60.0), false, "crosses the outer arc"),
            (at(70.0, 70.0, 20.0, 20.0), false, "inside the hub"),
            // Corners clear the hub but the bottom edge cuts through it.
            (
                at(60.0, 110.0, 140.0, 20.0),
                false,
                "an edge dips into the hub",
            ),
        ];
        for (rect, expected, what) in cases {
            assert_eq!(s.contains(&rect, 0.0), expected, "{what}");
        }
        // A margin shrinks the room.
        let snug = at(150.0, 150.0, 100.0, 100.0);
        assert!(s.contains(&snug, 0.0));
        assert!(!s.contains(&snug, 60.0));
    }

    #[test]
    fn containment_in_wide_and_whole_sectors() {
        let wide = Sector {
            inner: 100.0,
            outer: 300.0,
            start: 0.0,
            end: 1.5 * PI,
        };
        let lower_left = Rect {
            center: Point {
                x: CENTER - 200.0,
                y: CENTER + 100.0,
            },
            width: 40.0,
            height: 20.0,
        };
        let up_left = Rect {
            center: Point {
                x: CENTER - 150.0,
                y: CENTER - 150.0,
            },
            width: 40.0,
            height: 20.0,
        };
        assert!(wide.contains(&lower_left, 0.0));
        assert!(
            !wide.contains(&up_left, 0.0),
            "the missing quarter is outside"
        );
        let ring = Sector { end: TAU, ..wide };
        assert!(ring.contains(&up_left, 0.0));
        assert!(ring.contains_angle(7.0 - EPS));
    }
}
