//! The two layouts `App` places its parts in: a page (exploring, rating,
//! the group) and a slide (presenting).

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::Layout;
use crate::components::group::{GroupViewProps, GROUP_VIEW};
use crate::components::group_codes::CollectedGroup;
use crate::components::key::key;
use crate::components::lazy::Lazy;
use crate::components::legend::GroupLegend;
use crate::components::notices::notices;
use crate::components::panel::{Panel, PANEL_ID};
use crate::components::present::{PresentBarProps, PresentPanelProps, PRESENT_BAR, PRESENT_PANEL};
use crate::components::profile::{ProfileProps, PROFILE};
use crate::components::rate::{tools, Early};
use crate::components::wheel::WheelSvg;
use crate::core::group::Group;
use crate::core::i18n::Strings;
use crate::core::scene::SceneInput;
use crate::core::state::{Mode, Persistence, WheelState};

/// What the two layouts (a page, a slide) are made of.
pub struct View<'a> {
    pub state: &'a UseReducerHandle<WheelState>,
    pub layout: &'a Layout,
    /// The group's statistics, in the group's view.
    pub group: Option<Rc<Group>>,
    pub collected: &'a CollectedGroup,
    pub px_per_unit: f64,
    pub figure: NodeRef,
    pub panel_area: NodeRef,
    /// Brings the wheel into view (after *Vis gruppens hjul*, below it).
    pub reveal_wheel: Callback<()>,
    pub announcement: String,
    pub strings: &'static Strings,
    /// What the tools' stand-in saw before the tools came.
    pub early: Early,
}

impl View<'_> {
    fn wheel_svg(&self) -> Html {
        let state = self.state;
        let presenting = state.mode == Mode::Present;
        let nav = &state.nav;
        let focused = nav.open.is_some() || nav.questions_open;
        html! {
            <WheelSvg
                scene={SceneInput {
                    wheel: state.wheel.clone(),
                    geometry: self.layout.geometry.clone(),
                    labels: self.layout.labels.clone(),
                    palettes: self.layout.palettes.clone(),
                    strings: self.strings,
                    mode: state.mode,
                    open: nav.open,
                    current: nav.current,
                    ratings: state.person.ratings.clone(),
                    level_count: state.level_count(),
                    group: self.group.clone(),
                    dimmed: presenting && focused,
                    // While rating: the snapshot the person compares with.
                    compare: (state.person.compared())
                        .filter(|_| state.mode == Mode::Rate)
                        .map(|s| Rc::new(s.compare(self.strings.compare_before)))
                        // In the group's view: its second set.
                        .or_else(|| self.group.as_ref().and(self.collected.compare.clone())),
                    px_per_unit: self.px_per_unit,
                }}
                request={nav.wheel_request}
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
pub fn slide(view: &View) -> Html {
    let state = view.state;
    html! {
        <div class="cw-stage">
            <div class="cw-stage__bar">
                <h2 class="cw__title" part="title">{ state.wheel.title.clone() }</h2>
                <Lazy view={PRESENT_BAR.with(PresentBarProps { position: state.present_position() })} />
            </div>
            { notices(&state.notices.list, false, view.strings, &state.dispatcher()) }
            <div class="cw__body cw-stage__body">
                <div class="cw__figure" ref={view.figure.clone()}>{ view.wheel_svg() }</div>
                <div id={PANEL_ID} class="cw__panel cw-stage__panel" part="panel">
                    <Lazy
                        view={PRESENT_PANEL.with(PresentPanelProps {
                            step: state.present_step(),
                            screen: state.present.screen,
                            screens: state.present.screens.clone(),
                            focus_request: state.nav.panel_focus,
                        })}
                    />
                    { for view.source() }
                </div>
                { key(&view.layout.labels, &state.wheel, view.strings) }
            </div>
        </div>
    }
}

/// A page: the title, the wheel with its key, the panel, and what the mode
/// adds (the group's codes, or the tools and the profile while rating).
pub fn page(view: &View) -> Html {
    let state = view.state;
    let level_count = state.level_count();
    let palette = view.layout.palettes[0];
    html! {
        <>
            <h2 class="cw__title" part="title">{ state.wheel.title.clone() }</h2>
            { notices(&state.notices.list, false, view.strings, &state.dispatcher()) }
            <div class="cw__body">
                // The wheel and its key belong together: on a phone the key
                // sits right under the wheel; on a wide screen both stay in
                // view while the panel beside them scrolls.
                <div class="cw__aside">
                    <div class="cw__figure" ref={view.figure.clone()}>
                        { view.wheel_svg() }
                    </div>
                    // Beside the wheel, not in its box: in full screen the
                    // wheel takes the screen's height and the legend sits
                    // beside it.
                    if view.group.as_ref().is_some_and(|g| g.participants > 0) {
                        <GroupLegend
                            tint={AttrValue::from(palette.tint.to_hex())}
                            band={AttrValue::from(palette.band.to_hex())}
                            levels={level_count}
                            compared={view.collected.compare.as_ref().map(|c| AttrValue::from(c.word.clone()))}
                        />
                    }
                    { key(&view.layout.labels, &state.wheel, view.strings) }
                </div>
                <div id={PANEL_ID} class="cw__panel" part="panel" ref={view.panel_area.clone()}>
                    <Panel
                        open={state.nav.open}
                        focus_request={state.nav.panel_focus}
                        mode={state.mode}
                        ratings={state.person.ratings.clone()}
                        readonly={state.person.readonly}
                        persisted={state.person.persistence == Persistence::Stored}
                        steps_by_part={state.steps_by_part()}
                        group={view.group.clone()}
                        sets={view.group.as_ref().and(view.collected.sets.clone())}
                    />
                </div>
            </div>
            if state.mode == Mode::Group {
                <Lazy
                    view={GROUP_VIEW.with(GroupViewProps {
                        sets: view.collected.sets.clone(),
                        initial: view.collected.text.clone(),
                        levels: level_count,
                        onshow: view.collected.onshow.clone(),
                        // *Vis gruppens hjul* sits below the wheel: the
                        // wheel it shows is brought into view.
                        onshown: view.reveal_wheel.clone(),
                    })}
                />
            }
            if state.mode == Mode::Rate {
                { tools(state, &view.early, view.strings) }
                // Without a rating the profile has nothing to show or print.
                if state.profile.shown || !state.person.ratings.is_empty() {
                    <Lazy
                        view={PROFILE.with(ProfileProps {
                            ratings: state.person.ratings.clone(),
                            shown: state.profile.shown,
                            request: state.profile.request,
                            compared: state.person.compared().map(|s| s.taken),
                        })}
                        quiet={!state.profile.shown}
                    />
                }
            }
            { for view.source() }
        </>
    }
}
