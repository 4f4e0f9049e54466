//! The last scene the wheel drew, and the next one built from it: a click
//! changes the open segment and the wheel's tab stop, a rating one part,
//! so only those segments are built again; every other segment is the same
//! `Rc` as before, which the wheel's view compares by pointer and does not
//! render again.

use std::rc::Rc;

use crate::core::model::SegmentId;
use crate::core::scene::{Scene, SceneInput, SegmentScene, Shapes};

/// The input the last scene was built from, and that scene.
#[derive(Default)]
pub struct SceneCache {
    last: Option<(SceneInput, Rc<Scene>)>,
}

impl SceneCache {
    /// The scene for `input`: the last one if its input was the same, else
    /// a new one that keeps every segment of the last that the change
    /// cannot touch ([`touched`]). The hub and the wheel's name are made
    /// anew (they are a few words).
    pub fn scene(&mut self, input: &SceneInput, shapes: &Shapes) -> Rc<Scene> {
        if let Some((before, scene)) = &self.last {
            if before == input {
                return scene.clone();
            }
        }
        let scene = Rc::new(match &self.last {
            Some((before, scene)) => match touched(before, input) {
                Some(touched) => Scene::reusing(input, shapes, &|segment| {
                    (!touched.contains(&segment)).then(|| kept(scene, segment))?
                }),
                None => Scene::build(input, shapes),
            },
            None => Scene::build(input, shapes),
        });
        self.last = Some((input.clone(), scene.clone()));
        scene
    }
}

/// `segment`'s scene in `scene`: a dimension heads its group, its parts
/// follow in order.
fn kept(scene: &Scene, segment: SegmentId) -> Option<Rc<SegmentScene>> {
    let (d, at) = match segment {
        SegmentId::Dimension(d) => (d, 0),
        SegmentId::Part(d, p) => (d, p + 1),
    };
    let found = scene.groups.get(d)?.segments.get(at)?;
    (found.segment == segment).then(|| found.clone())
}

/// The segments a change from `before` to `after` can touch, if it changes
/// nothing but the open segment, the tab stop and ratings: the segments
/// opened, closed, given or left by the tab stop, and the parts whose
/// rating changed. `None` when anything else changed (the whole scene is
/// built again).
fn touched(before: &SceneInput, after: &SceneInput) -> Option<Vec<SegmentId>> {
    // Everything else compared as `SceneInput` compares it, so a field it
    // gains is never left out here.
    let rest_equal = *before
        == SceneInput {
            open: before.open,
            current: before.current,
            ratings: before.ratings.clone(),
            ..after.clone()
        };
    if !rest_equal {
        return None;
    }
    let wheel = &after.wheel;
    let rated = wheel
        .parts()
        .map(|(segment, _)| segment)
        .filter(|&segment| {
            let id = wheel.id_of(segment);
            before.ratings.get(id) != after.ratings.get(id)
        });
    Some(
        [
            before.open,
            after.open,
            Some(before.current),
            Some(after.current),
        ]
        .into_iter()
        .flatten()
        .chain(rated)
        .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::color::DimensionPalette;
    use crate::core::geometry::{wheel_geometry, RINGS, VIEW};
    use crate::core::labels::wheel_labels;
    use crate::core::model::Wheel;
    use crate::core::ratings::{Edit, Ratings};
    use crate::core::state::Mode;

    /// The input for `wheel` at 720 px, rating, nothing open.
    fn input(wheel: Wheel) -> (SceneInput, Shapes) {
        let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
        let geometry = wheel_geometry(&counts, RINGS);
        let labels = wheel_labels(&wheel, &geometry, 720.0 / VIEW);
        let palettes = (0..wheel.dimensions.len())
            .map(|d| DimensionPalette::for_dimension(d, wheel.dimensions[d].color))
            .collect();
        let shapes = Shapes::of(&geometry);
        let input = SceneInput {
            wheel: Rc::new(wheel),
            geometry: Rc::new(geometry),
            labels: Rc::new(labels),
            palettes: Rc::new(palettes),
            strings: crate::core::i18n::DANISH.strings,
            mode: Mode::Rate,
            open: None,
            current: SegmentId::Dimension(0),
            ratings: Ratings::new(),
            level_count: 5,
            group: None,
            compare: None,
            dimmed: false,
            px_per_unit: 720.0 / VIEW,
        };
        (input, shapes)
    }

    /// The segments of `after` that are not the same `Rc` as in `before`.
    fn built_again(before: &Scene, after: &Scene) -> Vec<SegmentId> {
        after
            .segments()
            .zip(before.segments())
            .filter(|(a, b)| !Rc::ptr_eq(a, b))
            .map(|(a, _)| a.segment)
            .collect()
    }

    #[test]
    fn a_click_builds_only_the_segments_opened_and_closed() {
        let (first, shapes) = input(Wheel::builtin());
        let mut cache = SceneCache::default();
        let closed = cache.scene(&first, &shapes);
        let (a, b) = (SegmentId::Part(1, 2), SegmentId::Part(3, 0));
        // A click opens a part and takes the tab stop there.
        let opened_a = SceneInput {
            open: Some(a),
            current: a,
            ..first.clone()
        };
        let scene_a = cache.scene(&opened_a, &shapes);
        assert_eq!(built_again(&closed, &scene_a), [SegmentId::Dimension(0), a]);
        assert_eq!(*scene_a, Scene::build(&opened_a, &shapes));
        let opened_b = SceneInput {
            open: Some(b),
            current: b,
            ..first.clone()
        };
        let scene_b = cache.scene(&opened_b, &shapes);
        assert_eq!(built_again(&scene_a, &scene_b), [a, b]);
        assert_eq!(*scene_b, Scene::build(&opened_b, &shapes));
        // The same input again: the same scene.
        assert!(Rc::ptr_eq(
            &scene_b,
            &cache.scene(&opened_b.clone(), &shapes)
        ));
    }

    #[test]
    fn clicking_every_segment_in_turn_draws_what_a_new_scene_would() {
        let (first, shapes) = input(Wheel::builtin());
        for mode in [Mode::Explore, Mode::Rate, Mode::Present] {
            let mut cache = SceneCache::default();
            let start = SceneInput {
                mode,
                ..first.clone()
            };
            let mut before = cache.scene(&start, &shapes);
            let mut open = None;
            for segment in before.clone().segments().map(|s| s.segment) {
                let next = SceneInput {
                    open: Some(segment),
                    current: segment,
                    dimmed: mode == Mode::Present,
                    ..start.clone()
                };
                let after = cache.scene(&next, &shapes);
                assert_eq!(
                    *after,
                    Scene::build(&next, &shapes),
                    "{mode:?}, {segment:?}"
                );
                if open.is_some() {
                    let again = built_again(&before, &after);
                    assert!(again.len() <= 2, "{mode:?}, {segment:?}: {again:?}");
                }
                (before, open) = (after, Some(segment));
            }
        }
    }

    #[test]
    fn a_rating_builds_its_part_the_hub_and_the_name() {
        let (first, shapes) = input(Wheel::builtin());
        let mut cache = SceneCache::default();
        let part = SegmentId::Part(2, 1);
        let opened = SceneInput {
            open: Some(part),
            current: part,
            ..first.clone()
        };
        let before = cache.scene(&opened, &shapes);
        let ratings = opened
            .ratings
            .edit(opened.wheel.id_of(part), Edit::Level(Some(3)), 5, 1.0)
            .expect("a change");
        let rated = SceneInput {
            ratings,
            ..opened.clone()
        };
        let after = cache.scene(&rated, &shapes);
        assert_eq!(built_again(&before, &after), [part]);
        assert_eq!(*after, Scene::build(&rated, &shapes));
        assert_ne!(after.name, before.name, "the name says the progress");
    }

    #[test]
    fn any_other_change_builds_the_whole_scene() {
        let (first, shapes) = input(Wheel::builtin());
        let mut cache = SceneCache::default();
        let before = cache.scene(&first, &shapes);
        let exploring = SceneInput {
            mode: Mode::Explore,
            ..first.clone()
        };
        let after = cache.scene(&exploring, &shapes);
        assert_eq!(
            built_again(&before, &after).len(),
            before.segments().count()
        );
        assert_eq!(*after, Scene::build(&exploring, &shapes));
        let dimmed = SceneInput {
            dimmed: true,
            open: Some(SegmentId::Part(0, 0)),
            ..exploring.clone()
        };
        assert_eq!(
            *cache.scene(&dimmed, &shapes),
            Scene::build(&dimmed, &shapes)
        );
    }
}
