//! The comparison layer of the scene: what each part's current level is
//! compared with (a snapshot, or a group's other set), drawn as an outline
//! band and said in the part's name.

use crate::core::geometry::Sector;
use crate::core::i18n::{fill, Strings};
use crate::core::model::SegmentId;
use crate::core::ratings::one_decimal;
use crate::core::scene::SceneInput;
use crate::core::state::Mode;

/// How far the compared level's outline stays inside its segment's edges,
/// in SVG units: clear of the segment's own 3-unit outline, so its dashes
/// show on every side.
pub const COMPARE_INSET: f64 = 4.0;

/// What the wheel compares the current levels with: a snapshot, or a
/// group's other set. Drawn as an outline band in each part, and said in
/// each part's name.
#[derive(Clone, Debug, PartialEq)]
pub struct Compare {
    /// The word the part's accessible name uses: "før" / "before", or a set's name.
    pub word: String,
    /// Per part id, the compared level (a group's mean may be fractional). A part absent
    /// here was not rated then (its name says so).
    pub levels: std::collections::BTreeMap<String, f64>,
}

/// For `segment` in `sector` (in the group's wheel when `grouped`), what
/// its name adds and the outline band, drawn over the level's band without
/// a fill: a dotted edge, so it reads without colour. The comparison shows
/// wherever levels do: a part while rating, or in the group's wheel.
pub(super) fn of(
    input: &SceneInput,
    segment: SegmentId,
    sector: &Sector,
    grouped: bool,
) -> (String, Option<String>) {
    let shown = matches!(segment, SegmentId::Part(..)) && (input.mode == Mode::Rate || grouped);
    let Some(compare) = input.compare.as_deref().filter(|_| shown) else {
        return (String::new(), None);
    };
    let level = compare.levels.get(input.wheel.id_of(segment)).copied();
    let radius_of = |value: f64| {
        sector.inner + (sector.outer - sector.inner) * value / f64::from(input.level_count)
    };
    (
        name(input.strings, &compare.word, level),
        level.map(|value| band(sector, radius_of(value))),
    )
}

/// The compared level's outline band in `sector`, out to `radius`: the
/// band's shape, inset so its edge shows inside the segment's own outline.
fn band(sector: &Sector, radius: f64) -> String {
    let mid = (sector.inner + sector.outer) / 2.0;
    let turn = COMPARE_INSET / mid;
    Sector {
        inner: sector.inner + COMPARE_INSET,
        outer: (radius - COMPARE_INSET).max(sector.inner + 2.0 * COMPARE_INSET),
        start: sector.start + turn,
        end: sector.end - turn,
    }
    .path()
}

/// What a part's name adds for the comparison: ", før: niveau 1", or that
/// the part was not rated then. A group's mean keeps one decimal.
pub fn name(strings: &Strings, word: &str, level: Option<f64>) -> String {
    let level = match level {
        Some(level) if level.fract() == 0.0 => fill(strings.compare_level, &level.to_string()),
        Some(level) => fill(
            strings.compare_level,
            &one_decimal(level, strings.decimal_comma),
        ),
        None => strings.not_rated_name.to_owned(),
    };
    format!(", {word}: {level}")
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::core::group::{Group, PartStats};
    use crate::core::model::{plain, SegmentId, Wheel};
    use crate::core::ratings::{Edit, Ratings};
    use crate::core::scene::tests::{no_answers, rated, Fixture};
    use crate::core::scene::{Scene, SceneInput};
    use crate::core::state::Mode;

    fn compare_with(word: &str, levels: &[(&str, f64)]) -> Option<Rc<Compare>> {
        Some(Rc::new(Compare {
            word: word.to_owned(),
            levels: levels
                .iter()
                .map(|(id, l)| ((*id).to_owned(), *l))
                .collect(),
        }))
    }

    #[test]
    fn a_compared_level_is_an_outline_band_and_said_in_the_name() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let (then_rated, then_unrated) = (SegmentId::Part(1, 2), SegmentId::Part(0, 0));
        let ratings = rated(
            &f.wheel,
            &[
                (then_rated, Edit::Level(Some(4))),
                (then_unrated, Edit::Level(Some(2))),
            ],
        );
        let mut input = f.input(Mode::Rate, &ratings);
        input.compare = compare_with("før", &[(f.wheel.id_of(then_rated), 1.0)]);
        assert_ne!(input, f.input(Mode::Rate, &ratings));
        let scene = Scene::build(&input, &f.shapes);
        let seg = scene.get(then_rated).expect("the part");
        assert!(
            seg.name.ends_with(", niveau 4 af 5, før: niveau 1"),
            "{}",
            seg.name
        );
        // The outline band reaches level 1, inset inside the segment.
        let sector = f.geometry.parts[1][2];
        let level_one = sector.inner + (sector.outer - sector.inner) / 5.0;
        let outline = seg.compare.as_ref().expect("an outline band");
        let turn = COMPARE_INSET / ((sector.inner + sector.outer) / 2.0);
        assert_eq!(
            *outline,
            Sector {
                inner: sector.inner + COMPARE_INSET,
                outer: level_one - COMPARE_INSET,
                start: sector.start + turn,
                end: sector.end - turn,
            }
            .path()
        );
        let other = scene.get(then_unrated).expect("a part");
        assert!(other.compare.is_none());
        assert!(
            other.name.ends_with(", niveau 2 af 5, før: ikke vurderet"),
            "{}",
            other.name
        );
        // A part unrated now, but rated then, keeps its outline and a halo.
        let now_unrated = SceneInput {
            ratings: Ratings::new(),
            ..input.clone()
        };
        let scene = Scene::build(&now_unrated, &f.shapes);
        let seg = scene.get(then_rated).expect("the part");
        assert!(seg.band.is_none() && seg.compare.is_some());
        assert!(seg.label.as_ref().expect("a label").halo.is_some());
        assert!(
            seg.name.ends_with(", ikke vurderet, før: niveau 1"),
            "{}",
            seg.name
        );
        // Dimensions, and exploring, show no comparison.
        assert!(scene
            .get(SegmentId::Dimension(1))
            .expect("a dimension")
            .compare
            .is_none());
        let exploring = SceneInput {
            mode: Mode::Explore,
            ..input.clone()
        };
        let scene = Scene::build(&exploring, &f.shapes);
        assert!(scene.segments().all(|s| s.compare.is_none()));
        assert_eq!(
            scene.get(then_rated).expect("the part").name,
            plain(f.wheel.title_of(then_rated))
        );
        // In English.
        let english = SceneInput {
            strings: crate::core::i18n::ENGLISH.strings,
            compare: compare_with("before", &[(f.wheel.id_of(then_rated), 1.0)]),
            ..input
        };
        let scene = Scene::build(&english, &f.shapes);
        let seg = scene.get(then_rated).expect("the part");
        assert!(seg.name.ends_with(", before: level 1"), "{}", seg.name);
        let other = scene.get(then_unrated).expect("a part");
        assert!(
            other.name.ends_with(", before: not rated"),
            "{}",
            other.name
        );
    }

    #[test]
    fn a_group_compares_with_its_other_set_by_the_sets_name() {
        let f = Fixture::new(Wheel::builtin(), 720.0);
        let ratings = Ratings::new();
        let mut parts: Vec<PartStats> = (0..12).map(|_| no_answers()).collect();
        parts[0] = PartStats {
            n: 5,
            mean: Some(3.4),
            median: Some(3.0),
            min: Some(2),
            max: Some(5),
            counts: vec![0, 1, 2, 1, 1],
        };
        let mut input = f.input(Mode::Group, &ratings);
        input.group = Some(Rc::new(Group {
            participants: 5,
            duplicates: 0,
            rejected: Vec::new(),
            parts,
        }));
        input.compare = compare_with(
            "Før kurset",
            &[(f.wheel.id_of(SegmentId::Part(0, 0)), 2.25)],
        );
        let scene = Scene::build(&input, &f.shapes);
        let seg = scene.get(SegmentId::Part(0, 0)).expect("the part");
        assert!(seg.compare.is_some());
        assert!(
            seg.name.ends_with(", 5 svar, Før kurset: niveau 2,3"),
            "{}",
            seg.name
        );
        let other = scene.get(SegmentId::Part(0, 1)).expect("a part");
        assert!(
            other.name.ends_with(", Før kurset: ikke vurderet"),
            "{}",
            other.name
        );
    }
}
