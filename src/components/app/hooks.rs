//! The hooks `App` is built from: its reducer with the stored ratings read
//! first, the wheel laid out for its width, and the level names.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::color::DimensionPalette;
use crate::core::geometry::{
    wheel_geometry, WheelGeometry, COMPACT_RINGS, PRESENT_RINGS, RINGS, VIEW,
};
use crate::core::i18n::Strings;
use crate::core::labels::{layout, present_styles, wheel_labels_styled, LabelStyle, WheelLabels};
use crate::core::model::Wheel;
use crate::core::state::{Mode, Rating, WheelState};
use crate::edge::storage;

/// What the host gives the reducer to start from.
pub struct Start<'a> {
    pub wheel: &'a Rc<Wheel>,
    /// The id of a dimension or part to show open at first.
    pub open: Option<&'a str>,
    pub mode: Mode,
    pub readonly: bool,
    /// Where the stored ratings are read from.
    pub storage_key: &'a str,
}

/// The reducer, with the host's `open`, `mode` and `readonly` and the stored
/// ratings read before the first render (no frame of an empty wheel).
#[hook]
pub fn use_wheel_state(start: Start<'_>) -> UseReducerHandle<WheelState> {
    let state = {
        let wheel = start.wheel.clone();
        let open = start.open.and_then(|id| wheel.find(id));
        let mode = start.mode;
        let readonly = start.readonly;
        let storage_key = start.storage_key.to_owned();
        use_reducer(move || {
            let state = WheelState::new(wheel.clone())
                .with_open(open)
                .with_mode(mode)
                .with_readonly(readonly);
            match storage::load_initial(&storage_key, &wheel.id, mode) {
                Some(loaded) => {
                    state.with_loaded(loaded.ratings, loaded.persistence, loaded.notices)
                }
                None => state,
            }
        })
    };
    {
        let dispatcher = state.dispatcher();
        use_effect_with(start.readonly, move |&readonly| {
            dispatcher.dispatch(Rating::SetReadonly(readonly).into())
        });
    }
    state
}

/// The wheel laid out for its width: rings, labels and palettes.
#[derive(Clone, PartialEq)]
pub struct Layout {
    pub geometry: Rc<WheelGeometry>,
    pub labels: Rc<WheelLabels>,
    pub palettes: Rc<Vec<DimensionPalette>>,
}

/// Lays the wheel out for `width` CSS pixels. Both ring layouts are built
/// once per wheel; a small wheel whose dimension ring shows only numbers
/// gives that depth to its parts. For a room (presenting, or the group's
/// wheel in full screen) the hub is small and labels are set for a room;
/// otherwise parts are set in `part_style` (larger in a wide widget).
#[hook]
pub fn use_wheel_layout(
    wheel: Rc<Wheel>,
    width: f64,
    for_a_room: bool,
    part_style: LabelStyle,
) -> Layout {
    let rings = use_memo(
        (WheelKey(wheel.clone()), for_a_room),
        move |(WheelKey(wheel), for_a_room)| {
            let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
            (
                Rc::new(wheel_geometry(
                    &counts,
                    if *for_a_room { PRESENT_RINGS } else { RINGS },
                )),
                Rc::new(wheel_geometry(&counts, COMPACT_RINGS)),
            )
        },
    );
    let laid_out = use_memo(
        (WheelKey(wheel.clone()), width, for_a_room, part_style),
        move |(WheelKey(wheel), width, for_a_room, part_style)| {
            if *for_a_room {
                let labels =
                    wheel_labels_styled(wheel, &rings.0, width / VIEW, present_styles(*width));
                return (rings.0.clone(), Rc::new(labels));
            }
            let (geometry, labels) = layout(wheel, &rings.0, &rings.1, width / VIEW, *part_style);
            (geometry, Rc::new(labels))
        },
    );
    let palettes = use_memo(WheelKey(wheel), |WheelKey(wheel)| {
        Rc::new(
            wheel
                .dimensions
                .iter()
                .enumerate()
                .map(|(d, dim)| DimensionPalette::for_dimension(d, dim.color))
                .collect::<Vec<_>>(),
        )
    });
    Layout {
        geometry: laid_out.0.clone(),
        labels: laid_out.1.clone(),
        palettes: (*palettes).clone(),
    }
}

/// The names of levels 1, 2, …: the wheel's own, else the UI language's.
#[hook]
pub fn use_level_names(wheel: Rc<Wheel>, strings: &'static Strings) -> Rc<Vec<String>> {
    let levels = use_memo((WheelKey(wheel), strings.lang), |(WheelKey(wheel), _)| {
        Rc::new(if wheel.levels.is_empty() {
            strings.levels.iter().map(|l| (*l).to_owned()).collect()
        } else {
            wheel.levels.clone()
        })
    });
    (*levels).clone()
}

/// Compares wheels by identity: a wheel is immutable once loaded, so the
/// memoised layout only needs recomputing when a different wheel arrives.
#[derive(Clone)]
struct WheelKey(Rc<Wheel>);

impl PartialEq for WheelKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
