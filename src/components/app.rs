//! The widget's root: holds the state, lays the wheel out for its size and
//! places the wheel, its key, the details panel and (when rating) the tools,
//! notices and profile.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::Shared;
use crate::components::group::{use_collected_group, GroupLegend, GroupView};
use crate::components::key::Key;
use crate::components::notices::Notices;
use crate::components::panel::Panel;
use crate::components::present::{PresentBar, PresentPanel};
use crate::components::profile::Profile;
use crate::components::toolbar::Toolbar;
use crate::components::wheel::{WheelSvg, PANEL_ID};
use crate::core::color::DimensionPalette;
use crate::core::geometry::WheelGeometry;
use crate::core::geometry::{wheel_geometry, COMPACT_RINGS, PRESENT_RINGS, RINGS, VIEW};
use crate::core::group::Group;
use crate::core::i18n::Strings;
use crate::core::labels::{layout, present_styles, wheel_labels_styled, WheelLabels};
use crate::core::model::Wheel;
use crate::core::scene::announcement_text;
use crate::core::state::{Action, Mode, Persistence, Step, WheelState};
use crate::edge::dom;
use crate::edge::hash;
use crate::edge::host::{use_host_bridge, Bridge};
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
    let state = use_wheel_state(props, &storage_key);
    let lang = props.lang.as_deref().unwrap_or(&props.wheel.lang);
    let strings = Strings::for_lang(lang);
    let wheel = state.wheel.clone();
    let presenting = state.mode == Mode::Present;

    let figure = use_node_ref();
    let width = dom::use_width(figure.clone(), props.initial_width);
    let laid_out = use_wheel_layout(wheel.clone(), width, presenting);
    let levels = use_level_names(wheel.clone(), strings);
    let shared = Shared {
        wheel: wheel.clone(),
        strings,
        levels: levels.clone(),
        dispatch: state.dispatcher(),
    };

    hash::use_hash_sync(props.sync_hash, state.clone());
    storage::use_stored_ratings(storage_key.clone(), state.clone());
    use_host_bridge(props.bridge.clone(), state.clone());
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
    // Presenting, the widget takes the keyboard when it appears, so a
    // clicker works from the moment the page has loaded.
    let root = use_node_ref();
    dom::use_focus_on_appear(root.clone(), presenting);
    let collected = use_collected_group(
        state.mode == Mode::Group,
        wheel.clone(),
        storage_key,
        state.level_count(),
    );

    let view = View {
        state: &state,
        layout: &laid_out,
        group: (state.mode == Mode::Group)
            .then(|| collected.group.clone())
            .flatten(),
        collected: &collected,
        px_per_unit: width / VIEW,
        figure,
        panel_area,
        announcement: announcement_text(
            &wheel,
            strings,
            &levels,
            state.announcement,
            state.persistence,
        ),
    };
    let body = if presenting {
        slide(&view)
    } else {
        page(&view)
    };
    let focused = state.open.is_some() || state.questions_open;
    html! {
        <ContextProvider<Shared> context={shared}>
            <div
                class={classes!("cw", mode_class(state.mode), focused.then_some("cw--focused"))}
                lang={strings.lang}
                tabindex={presenting.then_some("-1")}
                ref={root.clone()}
                onkeydown={root_keys(state.dispatcher(), root, presenting)}
            >
                { body }
                <div class="cw__live" role="status" aria-live="polite">{ view.announcement.clone() }</div>
            </div>
        </ContextProvider<Shared>>
    }
}

/// The reducer, with the host's `open`, `mode` and `readonly` and the stored
/// ratings read before the first render (no frame of an empty wheel).
#[hook]
fn use_wheel_state(props: &AppProps, storage_key: &str) -> UseReducerHandle<WheelState> {
    let state = {
        let wheel = props.wheel.clone();
        let open = props.open.as_deref().and_then(|id| wheel.find(id));
        let mode = props.mode;
        let readonly = props.readonly;
        let storage_key = storage_key.to_owned();
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
        use_effect_with(props.readonly, move |&readonly| {
            dispatcher.dispatch(Action::SetReadonly(readonly))
        });
    }
    state
}

/// The wheel laid out for its width: rings, labels and palettes.
#[derive(Clone, PartialEq)]
struct Layout {
    geometry: Rc<WheelGeometry>,
    labels: Rc<WheelLabels>,
    palettes: Rc<Vec<DimensionPalette>>,
}

/// Lays the wheel out for `width` CSS pixels. Both ring layouts are built
/// once per wheel; a small wheel whose dimension ring shows only numbers
/// gives that depth to its parts. Presenting, labels are set for a room.
#[hook]
fn use_wheel_layout(wheel: Rc<Wheel>, width: f64, presenting: bool) -> Layout {
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
fn use_level_names(wheel: Rc<Wheel>, strings: &'static Strings) -> Rc<Vec<String>> {
    let levels = use_memo((WheelKey(wheel), strings.lang), |(WheelKey(wheel), _)| {
        Rc::new(if wheel.levels.is_empty() {
            strings.levels.iter().map(|l| (*l).to_owned()).collect()
        } else {
            wheel.levels.clone()
        })
    });
    (*levels).clone()
}

/// The widget root's keys. Escape closes the panel (presenting, it only
/// leaves full screen, as browsers do themselves, and never loses the
/// presenter's place); presenting, clickers step with PageDown/PageUp (and
/// some, arrows).
fn root_keys(
    dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    root: NodeRef,
    presenting: bool,
) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let step = match event.key().as_str() {
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
}

fn mode_class(mode: Mode) -> &'static str {
    match mode {
        Mode::Explore => "cw--explore",
        Mode::Rate => "cw--rate",
        Mode::Present => "cw--present",
        Mode::Group => "cw--group",
        Mode::Edit => "cw--edit",
    }
}

/// What the two layouts (a page, a slide) are made of.
struct View<'a> {
    state: &'a UseReducerHandle<WheelState>,
    layout: &'a Layout,
    /// The group's statistics, in the group's view.
    group: Option<Rc<Group>>,
    collected: &'a crate::components::group::CollectedGroup,
    px_per_unit: f64,
    figure: NodeRef,
    panel_area: NodeRef,
    announcement: String,
}

impl View<'_> {
    fn wheel_svg(&self) -> Html {
        let state = self.state;
        let presenting = state.mode == Mode::Present;
        let focused = state.open.is_some() || state.questions_open;
        html! {
            <WheelSvg
                geometry={self.layout.geometry.clone()}
                labels={self.layout.labels.clone()}
                palettes={self.layout.palettes.clone()}
                open={state.open}
                current={state.current}
                focus_request={state.focus_wheel}
                mode={state.mode}
                ratings={state.ratings.clone()}
                level_count={state.level_count()}
                px_per_unit={self.px_per_unit}
                group={self.group.clone()}
                dimmed={presenting && focused}
                reveal_request={state.reveal_wheel}
            />
        }
    }

    fn source(&self) -> Option<Html> {
        let wheel = &self.state.wheel;
        (!wheel.source.is_empty())
            .then(|| html! { <p class="cw__source">{ wheel.source.clone() }</p> })
    }
}

/// Presenting, a slide: the bar, then the wheel as tall as the screen allows
/// with the step's text beside it; everything scales with the screen.
fn slide(view: &View) -> Html {
    let state = view.state;
    html! {
        <div class="cw-stage">
            <div class="cw-stage__bar">
                <h2 class="cw__title" part="title">{ state.wheel.title.clone() }</h2>
                <PresentBar position={state.present_position()} />
            </div>
            <Notices notices={state.notices.clone()} />
            <div class="cw__body cw-stage__body">
                <div class="cw__figure" ref={view.figure.clone()}>{ view.wheel_svg() }</div>
                <div id={PANEL_ID} class="cw__panel cw-stage__panel" part="panel">
                    <PresentPanel
                        step={state.present_step()}
                        screen={state.present_screen}
                        screens={state.present_screens.clone()}
                        focus_request={state.focus_panel}
                    />
                    { for view.source() }
                </div>
                <Key labels={view.layout.labels.clone()} />
            </div>
        </div>
    }
}

/// A page: the title, the wheel with its key, the panel, and what the mode
/// adds (the group's codes, or the tools and the profile while rating).
fn page(view: &View) -> Html {
    let state = view.state;
    let level_count = state.level_count();
    let palette = view.layout.palettes[0];
    html! {
        <>
            <h2 class="cw__title" part="title">{ state.wheel.title.clone() }</h2>
            <Notices notices={state.notices.clone()} />
            <div class="cw__body">
                // The wheel and its key belong together: on a phone the key
                // sits right under the wheel; on a wide screen both stay in
                // view while the panel beside them scrolls.
                <div class="cw__aside">
                    <div class="cw__figure" ref={view.figure.clone()}>
                        { view.wheel_svg() }
                        if view.group.as_ref().is_some_and(|g| g.participants > 0) {
                            <GroupLegend
                                tint={AttrValue::from(palette.tint.to_hex())}
                                band={AttrValue::from(palette.band.to_hex())}
                                levels={level_count}
                            />
                        }
                    </div>
                    <Key labels={view.layout.labels.clone()} />
                </div>
                <div id={PANEL_ID} class="cw__panel" part="panel" ref={view.panel_area.clone()}>
                    <Panel
                        open={state.open}
                        focus_request={state.focus_panel}
                        mode={state.mode}
                        ratings={state.ratings.clone()}
                        readonly={state.readonly}
                        persisted={state.persistence == Persistence::Stored}
                        steps_by_part={state.steps_by_part()}
                    />
                </div>
            </div>
            if state.mode == Mode::Group {
                <GroupView
                    group={view.collected.group.clone()}
                    initial={view.collected.text.clone()}
                    levels={level_count}
                    onshow={view.collected.onshow.clone()}
                />
            }
            if state.mode == Mode::Rate {
                <Toolbar state={state.clone()} />
                <Profile ratings={state.ratings.clone()} shown={state.show_profile} />
            }
            { for view.source() }
        </>
    }
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
