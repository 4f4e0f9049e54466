//! The widget's root: holds the state, lays the wheel out for its size and
//! places the wheel, its key, the details panel and (when rating) the tools,
//! notices and profile.

use std::rc::Rc;

use yew::prelude::*;

mod hooks;
mod views;

use self::hooks::{use_level_names, use_wheel_layout, use_wheel_state, Start};
use self::views::{page, slide, View};
use crate::components::context::Shared;
use crate::components::group_codes::use_collected_group;
use crate::components::rate::Early;
use crate::core::geometry::VIEW;
use crate::core::i18n::Language;
use crate::core::labels::part_style;
use crate::core::model::Wheel;
use crate::core::options::Options;
use crate::core::scene::announcement_text;
use crate::core::state::{Mode, Nav, Present, Step, WheelState};
use crate::edge::dom;
use crate::edge::hash;
use crate::edge::host::{use_host_bridge, Bridge};
use crate::edge::storage;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The wheel to show.
    pub wheel: Rc<Wheel>,
    /// The UI's language, as `Root` resolved it.
    pub language: &'static Language,
    /// The mode shown: the host's (`options.mode`), or the group's view
    /// for a share link (`core::hash`).
    #[prop_or_default]
    pub mode: Mode,
    /// The host's options (`Root` has applied `lang`, `src` and `colors`).
    #[prop_or_default]
    pub options: Options,
    /// The id of a dimension or part to show open at first.
    #[prop_or_default]
    pub open: Option<AttrValue>,
    /// Where events for the host page go.
    #[prop_or_default]
    pub bridge: Bridge,
    /// The wheel's width in CSS pixels until it has been measured.
    #[prop_or(480.0)]
    pub initial_width: f64,
    /// The widget's width until it has been measured, where it is known
    /// (the element measured it for its pre-rendered first view); else
    /// `initial_width`.
    #[prop_or_default]
    pub initial_widget_width: Option<f64>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let storage_key = props
        .options
        .storage_key
        .as_deref()
        .map_or_else(|| storage::default_key(&props.wheel.id), str::to_owned);
    let state = use_wheel_state(Start {
        wheel: &props.wheel,
        open: props.open.as_deref(),
        mode: props.mode,
        readonly: props.options.readonly,
        storage_key: &storage_key,
    });
    let strings = props.language.strings;
    let wheel = state.wheel.clone();
    let presenting = state.mode == Mode::Present;

    let figure = use_node_ref();
    let root = use_node_ref();
    let measured = dom::use_width(
        figure.clone(),
        props.initial_width,
        props.initial_widget_width.unwrap_or(props.initial_width),
    );
    let width = measured.wheel;
    // The group's wheel in full screen is shown to a room, as presenting is:
    // its labels are set for a room too.
    let full_screen = dom::use_full_screen(root.clone());
    let for_a_room = presenting || (state.mode == Mode::Group && full_screen);
    let laid_out = use_wheel_layout(
        wheel.clone(),
        width,
        for_a_room,
        part_style(measured.widget, measured.page_font),
    );
    let levels = use_level_names(wheel.clone(), strings);
    let shared = Shared {
        wheel: wheel.clone(),
        strings,
        levels: levels.clone(),
        dispatch: state.dispatcher(),
    };

    hash::use_hash_sync(props.options.sync_hash, state.clone());
    storage::use_stored_ratings(storage_key.clone(), state.clone());
    use_host_bridge(props.bridge.clone(), state.clone());
    // A click or tap that opens a segment brings its text into view: below
    // the wheel on a phone, beside it (with the wheel kept whole) on a desktop.
    let panel_area = use_node_ref();
    dom::use_reveal_panel(
        state.nav.panel_reveal,
        figure.clone(),
        panel_area.clone(),
        state.dispatcher(),
    );
    let reveal_wheel = dom::reveal_nearest_callback(figure.clone());
    let leave_full_screen = dom::leave_full_screen_callback(root.clone());
    // Presenting, the widget takes the keyboard when it appears, so a
    // clicker works from the moment the page has loaded.
    dom::use_focus_on_appear(root.clone(), presenting);
    // Blanking hides the slide and with it a focused button of the bar: the
    // root takes focus, so the next B (or a step key) still reaches it.
    dom::use_focus_on(
        root.clone(),
        u32::from(presenting && state.present.blank),
        None,
    );
    let collected = use_collected_group(
        state.mode == Mode::Group,
        wheel.clone(),
        storage_key,
        state.level_count(),
        strings,
    );

    let early = use_state(Early::default);
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
        reveal_wheel,
        announcement: announcement_text(
            &wheel,
            strings,
            &levels,
            state.notices.announcement,
            state.person.persistence,
        ),
        strings,
        early: (*early).clone(),
    };
    let body = if presenting {
        slide(&view)
    } else {
        page(&view)
    };
    let focused = state.nav.open.is_some() || state.nav.questions_open;
    html! {
        <ContextProvider<Shared> context={shared}>
            <div
                class={classes!("cw", mode_class(state.mode), focused.then_some("cw--focused"), (presenting && state.present.blank).then_some("cw--blank"))}
                lang={strings.lang}
                tabindex={presenting.then_some("-1")}
                ref={root.clone()}
                onkeydown={root_keys(state.dispatcher(), leave_full_screen, presenting)}
            >
                { body }
                <div class="cw__live" role="status" aria-live="polite">{ view.announcement.clone() }</div>
            </div>
        </ContextProvider<Shared>>
    }
}

/// The widget root's keys. Escape closes the panel (presenting, it only
/// leaves full screen, as browsers do themselves, and never loses the
/// presenter's place); presenting, clickers step with PageDown/PageUp (and
/// some, arrows).
fn root_keys(
    dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    leave_full_screen: Callback<(), bool>,
    presenting: bool,
) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let step = match event.key().as_str() {
            "Escape" if presenting => {
                leave_full_screen.emit(());
                return;
            }
            // The group's view in full screen: Escape leaves full screen
            // first (browsers do it themselves; this covers those that
            // pass the key on), and closes the panel only after that.
            "Escape" => {
                if !leave_full_screen.emit(()) {
                    dispatch.dispatch(Nav::Close.into());
                }
                return;
            }
            _ if !presenting => return,
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => Step::Next,
            "ArrowLeft" | "ArrowUp" | "PageUp" => Step::Previous,
            "Home" => Step::First,
            "End" => Step::Last,
            // PowerPoint's keys for a black screen (F5 and Shift+F5 stay the
            // browser's).
            "b" | "B" | "." => {
                if !dom::is_typing(&event)
                    && !event.ctrl_key()
                    && !event.meta_key()
                    && !event.alt_key()
                {
                    event.prevent_default();
                    dispatch.dispatch(Present::ToggleBlank.into());
                }
                return;
            }
            _ => return,
        };
        if dom::is_typing(&event) {
            return;
        }
        event.prevent_default();
        dispatch.dispatch(Present::Step(step).into());
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
