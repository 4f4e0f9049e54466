//! The widget's root: holds the state, lays the wheel out for its size and
//! places the wheel, its key, the details panel and (when rating) the tools,
//! notices and profile.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::group::{use_collected_group, GroupLegend, GroupView};
use crate::components::key::Key;
use crate::components::notices::Notices;
use crate::components::panel::Panel;
use crate::components::present::{PresentBar, PresentPanel};
use crate::components::profile::Profile;
use crate::components::toolbar::Toolbar;
use crate::components::wheel::{WheelSvg, PANEL_ID};
use crate::core::color::DimensionPalette;
use crate::core::geometry::{wheel_geometry, COMPACT_RINGS, PRESENT_RINGS, RINGS, VIEW};
use crate::core::i18n::{fill, fill_all, Strings};
use crate::core::labels::{layout, present_styles, wheel_labels_styled};
use crate::core::model::{plain, Wheel};
use crate::core::state::{Action, Announcement, Mode, Persistence, Step, WheelState};
use crate::edge::dom;
use crate::edge::host::Bridge;
use crate::edge::storage;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The wheel to show.
    pub wheel: Rc<Wheel>,
    /// Keep the URL hash in step with the open segment.
    #[prop_or(true)]
    pub sync_hash: bool,
    /// The UI language; the wheel's own language when absent.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The id of a dimension or part to show open at first.
    #[prop_or_default]
    pub open: Option<AttrValue>,
    /// Explore only, or rate too.
    #[prop_or_default]
    pub mode: Mode,
    /// Where ratings are stored; `competence-wheel:<wheel id>` when absent.
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
    /// Show ratings without letting the person change them.
    #[prop_or_default]
    pub readonly: bool,
    /// Where events for the host page go.
    #[prop_or_default]
    pub bridge: Bridge,
    /// The wheel's width in CSS pixels until it has been measured.
    #[prop_or(480.0)]
    pub initial_width: f64,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let storage_key = props
        .storage_key
        .as_deref()
        .map_or_else(|| storage::default_key(&props.wheel.id), str::to_owned);
    let state = {
        let wheel = props.wheel.clone();
        let open = props.open.as_deref().and_then(|id| wheel.find(id));
        let mode = props.mode;
        let readonly = props.readonly;
        let storage_key = storage_key.clone();
        use_reducer(move || {
            let state = WheelState::new(wheel.clone())
                .with_open(open)
                .with_mode(mode)
                .with_readonly(readonly);
            // Read before the first render: no frame of an empty wheel.
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
        use_effect_with(props.readonly, move |&readonly| {
            dispatcher.dispatch(Action::SetReadonly(readonly))
        });
    }
    let lang = props.lang.as_deref().unwrap_or(&props.wheel.lang);
    let strings = Strings::for_lang(lang);

    let figure = use_node_ref();
    let width = dom::use_width(figure.clone(), props.initial_width);
    let wheel = state.wheel.clone();
    // Presenting, the hub stays empty and labels are set for a room.
    let presenting = state.mode == Mode::Present;
    // Both ring layouts are built once per wheel; a small wheel whose
    // dimension ring shows only numbers gives that depth to its parts.
    let rings = use_memo(WheelKey(wheel.clone()), move |WheelKey(wheel)| {
        let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
        (
            Rc::new(wheel_geometry(
                &counts,
                if presenting { PRESENT_RINGS } else { RINGS },
            )),
            Rc::new(wheel_geometry(&counts, COMPACT_RINGS)),
        )
    });
    let laid_out = use_memo(
        (WheelKey(wheel.clone()), width),
        move |(WheelKey(wheel), width)| {
            if presenting {
                let labels =
                    wheel_labels_styled(wheel, &rings.0, width / VIEW, present_styles(*width));
                return (rings.0.clone(), Rc::new(labels));
            }
            let (geometry, labels) = layout(wheel, &rings.0, &rings.1, width / VIEW);
            (geometry, Rc::new(labels))
        },
    );
    let (geometry, labels) = (laid_out.0.clone(), laid_out.1.clone());
    let palettes = use_memo(WheelKey(wheel.clone()), |WheelKey(wheel)| {
        wheel
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, dim)| DimensionPalette::for_dimension(d, dim.color))
            .collect::<Vec<_>>()
    });
    let levels = use_memo(
        (WheelKey(wheel.clone()), strings.lang),
        |(WheelKey(wheel), _)| {
            if wheel.levels.is_empty() {
                strings
                    .levels
                    .iter()
                    .map(|l| (*l).to_owned())
                    .collect::<Vec<_>>()
            } else {
                wheel.levels.clone()
            }
        },
    );
    dom::use_hash_sync(props.sync_hash, state.clone());
    storage::use_stored_ratings(storage_key, state.clone());
    // A click or tap that opens a segment brings its text into view: below
    // the wheel on a phone, beside it (with the wheel kept whole) on a desktop.
    let panel_area = use_node_ref();
    {
        let (figure, panel_area) = (figure.clone(), panel_area.clone());
        use_effect_with(state.reveal_panel, move |&request| {
            if request > 0 {
                dom::reveal_panel(&figure, &panel_area);
            }
        });
    }
    use_host_bridge(props.bridge.clone(), state.clone());

    // Presenting, the widget takes the keyboard when it appears, so a
    // clicker works from the moment the page has loaded.
    let root = use_node_ref();
    dom::use_focus_on_appear(root.clone(), presenting);
    let onkeydown = {
        let dispatch = state.dispatcher();
        let root = root.clone();
        Callback::from(move |event: KeyboardEvent| {
            // Presentation clickers send PageDown/PageUp (and some, arrows).
            let step = match event.key().as_str() {
                // Presenting, Escape only leaves full screen (as browsers do
                // themselves); it never loses the presenter's place.
                "Escape" if presenting => {
                    dom::leave_full_screen(&root);
                    return;
                }
                "Escape" => {
                    dispatch.dispatch(Action::Close);
                    return;
                }
                _ if !presenting => return,
                "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => Step::Next,
                "ArrowLeft" | "ArrowUp" | "PageUp" => Step::Previous,
                "Home" => Step::First,
                "End" => Step::Last,
                _ => return,
            };
            // Keep typing and native controls (a focused button's Space) working.
            let typing = event
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT"));
            if typing {
                return;
            }
            event.prevent_default();
            dispatch.dispatch(Action::Present(step));
        })
    };
    let level_count = state.level_count();
    let collected = use_collected_group(
        state.mode == Mode::Group,
        wheel.clone(),
        props
            .storage_key
            .as_deref()
            .map_or_else(|| storage::default_key(&wheel.id), str::to_owned),
        level_count,
    );
    let announcement = match state.announcement {
        Announcement::None => String::new(),
        Announcement::Opened(segment) => fill(strings.opened, &plain(wheel.title_of(segment))),
        Announcement::Screen(step, screen) => {
            let title = match wheel.segments().nth(step) {
                Some(segment) => plain(wheel.title_of(segment)),
                None => wheel
                    .questions
                    .as_ref()
                    .map(|q| q.title.clone())
                    .unwrap_or_default(),
            };
            if screen > 0 {
                fill(strings.present_continued, &title)
            } else {
                title
            }
        }
        Announcement::Closed => strings.closed.to_owned(),
        Announcement::Rated(segment, level) | Announcement::Target(segment, level) => {
            let target = matches!(state.announcement, Announcement::Target(..));
            let level = match level {
                Some(level) => format!(
                    "{} – {}",
                    fill(strings.level_n, &level.to_string()),
                    levels
                        .get(usize::from(level) - 1)
                        .cloned()
                        .unwrap_or_default()
                ),
                None if target => strings.no_target.to_owned(),
                None => strings.not_rated.to_owned(),
            };
            let template = if target {
                strings.rated_target
            } else {
                strings.rated
            };
            let said = fill_all(template, &[&plain(wheel.title_of(segment)), &level]);
            // "Saved" only when it is: storage may be blocked or full.
            if state.persistence == Persistence::Stored {
                fill(strings.and_saved, &said)
            } else {
                fill(strings.and_not_saved, &said)
            }
        }
        Announcement::ResetDone => strings.reset_done.to_owned(),
    };
    let mode_class = match state.mode {
        Mode::Explore => "cw--explore",
        Mode::Rate => "cw--rate",
        Mode::Present => "cw--present",
        Mode::Group => "cw--group",
        Mode::Edit => "cw--edit",
    };
    let rating = state.mode == Mode::Rate;
    let focused = state.open.is_some() || state.questions_open;
    let wheel_svg = html! {
        <WheelSvg
            wheel={wheel.clone()}
            geometry={geometry}
            labels={labels.clone()}
            palettes={palettes.clone()}
            open={state.open}
            current={state.current}
            focus_request={state.focus_wheel}
            {strings}
            dispatch={state.dispatcher()}
            mode={state.mode}
            ratings={state.ratings.clone()}
            level_count={state.level_count()}
            px_per_unit={width / VIEW}
            group={if state.mode == Mode::Group { collected.group.clone() } else { None }}
            dimmed={presenting && focused}
            reveal_request={state.reveal_wheel}
        />
    };
    let source = (!wheel.source.is_empty())
        .then(|| html! { <p class="cw__source">{ wheel.source.clone() }</p> });

    if presenting {
        // A slide: the bar, then the wheel as tall as the screen allows with
        // the step's text beside it; everything scales with the screen.
        return html! {
            <div
                class={classes!("cw", mode_class, focused.then_some("cw--focused"))}
                lang={strings.lang}
                tabindex="-1"
                ref={root}
                {onkeydown}
            >
                <div class="cw-stage">
                    <div class="cw-stage__bar">
                        <h2 class="cw__title" part="title">{ wheel.title.clone() }</h2>
                        <PresentBar position={state.present_position()} {strings} dispatch={state.dispatcher()} />
                    </div>
                    <Notices notices={state.notices.clone()} {strings} dispatch={state.dispatcher()} />
                    <div class="cw__body cw-stage__body">
                        <div class="cw__figure" ref={figure}>{ wheel_svg }</div>
                        <div id={PANEL_ID} class="cw__panel cw-stage__panel" part="panel">
                            <PresentPanel
                                wheel={wheel.clone()}
                                {strings}
                                step={state.present_step()}
                                screen={state.present_screen}
                                screens={state.present_screens.clone()}
                                focus_request={state.focus_panel}
                                dispatch={state.dispatcher()}
                            />
                            { for source }
                        </div>
                        <Key wheel={wheel.clone()} labels={labels} {strings} />
                    </div>
                </div>
                <div class="cw__live" role="status" aria-live="polite">{ announcement }</div>
            </div>
        };
    }

    html! {
        <div
            class={classes!("cw", mode_class, focused.then_some("cw--focused"))}
            lang={strings.lang}
            ref={root}
            {onkeydown}
        >
            <h2 class="cw__title" part="title">{ wheel.title.clone() }</h2>
            <Notices notices={state.notices.clone()} {strings} dispatch={state.dispatcher()} />
            <div class="cw__body">
                // The wheel and its key belong together: on a phone the key
                // sits right under the wheel; on a wide screen both stay in
                // view while the panel beside them scrolls.
                <div class="cw__aside">
                <div class="cw__figure" ref={figure}>
                    { wheel_svg }
                    if state.mode == Mode::Group && collected.group.as_ref().is_some_and(|g| g.participants > 0) {
                        <GroupLegend
                            tint={AttrValue::from(palettes[0].tint.to_hex())}
                            band={AttrValue::from(palettes[0].band.to_hex())}
                            levels={level_count}
                            {strings}
                        />
                    }
                </div>
                <Key wheel={wheel.clone()} labels={labels} {strings} />
                </div>
                <div id={PANEL_ID} class="cw__panel" part="panel" ref={panel_area}>
                    <Panel
                        wheel={wheel.clone()}
                        open={state.open}
                        focus_request={state.focus_panel}
                        {strings}
                        dispatch={state.dispatcher()}
                        mode={state.mode}
                        ratings={state.ratings.clone()}
                        levels={levels.clone()}
                        readonly={state.readonly}
                        persisted={state.persistence == Persistence::Stored}
                        steps_by_part={state.steps_by_part()}
                    />
                </div>
            </div>
            if state.mode == Mode::Group {
                <GroupView
                    wheel={wheel.clone()}
                    group={collected.group.clone()}
                    initial={collected.text.clone()}
                    levels={level_count}
                    {strings}
                    onshow={collected.onshow.clone()}
                />
            }
            if rating {
                <Toolbar state={state.clone()} {strings} />
                <Profile
                    wheel={wheel.clone()}
                    ratings={state.ratings.clone()}
                    levels={levels}
                    {strings}
                    shown={state.show_profile}
                />
            }
            { for source }
            <div class="cw__live" role="status" aria-live="polite">{ announcement }</div>
        </div>
    }
}

/// Keeps the host page informed: `competence-wheel-select` when a segment
/// opens, `competence-wheel-rate` when the person rates, and the `ratings`
/// property's latest value.
#[hook]
fn use_host_bridge(bridge: Bridge, state: UseReducerHandle<WheelState>) {
    {
        let bridge = bridge.clone();
        let dispatcher = state.dispatcher();
        let rating = state.mode == Mode::Rate;
        let wheel_id = state.wheel.id.clone();
        use_effect_with(rating, move |&rating| {
            let setter = rating.then(|| {
                let setter = Callback::from(move |ratings| {
                    dispatcher.dispatch(Action::Replace {
                        ratings,
                        now: crate::edge::files::now(),
                    })
                });
                (wheel_id, setter)
            });
            bridge.set_setter(setter);
            move || {
                bridge.set_setter(None);
                bridge.set_latest(None);
            }
        });
    }
    {
        let bridge = bridge.clone();
        let wheel = state.wheel.clone();
        use_effect_with(state.open, move |&open| {
            if let Some(segment) = open {
                bridge.selected(&wheel, segment);
            }
        });
    }
    {
        let bridge = bridge.clone();
        let wheel_id = state.wheel.id.clone();
        let rating = state.mode == Mode::Rate;
        use_effect_with(state.ratings.clone(), move |ratings| {
            if rating {
                bridge.set_latest(Some(crate::core::stored::encode(&wheel_id, ratings)));
            }
        });
    }
    let wheel = state.wheel.clone();
    let ratings = state.ratings.clone();
    let last_rated = state.last_rated;
    use_effect_with(state.save_request, move |&save_request| {
        if let (true, Some(part)) = (save_request > 0, last_rated) {
            bridge.rated(&wheel, part, ratings.get(wheel.id_of(part)));
        }
    });
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
