//! The `rate` chunk: the rating controls ([`RatingControl`]) and the tools
//! ([`Toolbar`]) with what only they use (files, printing, the stored
//! form's download). Exploring needs neither, and rating not before its
//! first click, so they are not in the first load: a rating widget fetches
//! the chunk when the browser is idle after the first paint, and it is
//! there long before a person has read a panel.
//!
//! The first click never waits for it. Until it comes, the panel shows the
//! part's title, text and examples with the controls' room kept
//! ([`rating_waiting`]), and the tools' buttons stand where they will be
//! ([`tools_waiting`]); a button focused or pressed there is focused and
//! pressed again on the tools when they arrive ([`Early`]).

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::Shared;
use crate::components::lazy::Lazy;
use crate::components::notices::notices;
use crate::components::rating::{level_groups, RatingControl, RatingProps};
use crate::components::toolbar::{Toolbar, ToolbarProps};
use crate::core::i18n::Strings;
use crate::core::ratings::NOTE_LIMIT;
use crate::core::state::WheelState;
use crate::edge::dom;

thread_local! {
    /// Focus is in the controls' room (a part opened by keys, or a level
    /// chosen there, before they came), in this group ("level" or
    /// "target"): the controls give it to the same group when they come.
    /// One for the page, as one element has focus.
    static FOCUS_WAITING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Which group of the controls' room had focus, once.
pub fn focus_was_waiting() -> Option<&'static str> {
    FOCUS_WAITING.with(Cell::take)
}

/// What the tools' stand-in saw: the place of the button last focused
/// there, and whether it was pressed. Kept by `App`, so each widget has
/// its own.
#[derive(Clone, Default)]
pub struct Early(Rc<Cell<Option<(u8, bool)>>>);

impl Early {
    /// What the stand-in saw, once.
    pub fn take(&self) -> Option<(u8, bool)> {
        self.0.take()
    }
}

impl PartialEq for Early {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A view in the `rate` chunk.
#[derive(PartialEq)]
pub enum RateProps {
    Rating(RatingProps),
    Toolbar(ToolbarProps),
}

crate::chunk! {
    /// Rating's controls and the tools, fetched at idle after the first
    /// paint of a rating widget (or at once by a panel opened before).
    pub static RATE: RateProps = rate, fetch_rate => rate;
}

fn rate(props: &RateProps) -> Html {
    match props {
        RateProps::Rating(props) => html! { <RatingControl ..props.clone() /> },
        RateProps::Toolbar(props) => html! { <Toolbar ..props.clone() /> },
    }
}

/// The rating controls for an open part, fetched at once if they are not
/// here (a click before the idle fetch came). Meanwhile the two level
/// groups, which already rate (a level is one dispatch, so no press or tap
/// is lost), and the loading line over the note's room, drawn invisibly
/// with the same boxes and texts, so the part's text below does not move
/// when the controls come.
pub fn rating(key: String, props: RatingProps, shared: &Shared) -> Html {
    let waiting = rating_waiting(&props, shared);
    html! {
        <Lazy
            {key}
            view={RATE.with(RateProps::Rating(props))}
            {waiting}
        />
    }
}

fn rating_waiting(props: &RatingProps, shared: &Shared) -> Html {
    let strings = shared.strings;
    let rating = props.rating.clone().unwrap_or_default();
    let focused = Callback::from(|event: FocusEvent| {
        let group = match dom::target_name(&event).as_deref() {
            Some("cw-target") => "target",
            _ => "level",
        };
        FOCUS_WAITING.with(|flag| flag.set(Some(group)));
    });
    // Focus that moved on to something else is not brought back.
    let left = Callback::from(|event: FocusEvent| {
        if event.related_target().is_some() {
            FOCUS_WAITING.with(|flag| flag.set(None));
        }
    });
    html! {
        <div class="cw-rating cw-rating--waiting" onfocusin={focused} onfocusout={left}>
            { level_groups(shared, props.part, &rating, props.readonly, &|_| Html::default(), &Callback::noop()) }
            <div class="cw-rating__note cw-rating__note--waiting">
                <p class="cw-chunk" role="status">{ strings.chunk_loading }</p>
                <div class="cw-rating__room" aria-hidden="true">
                    <span class="cw-rating__note-label">{ strings.note }</span>
                    <textarea class="cw-rating__textarea" rows="3" disabled=true />
                    <p class="cw-rating__left">{ strings.note_left.of(NOTE_LIMIT.saturating_sub(rating.note.chars().count())) }</p>
                </div>
            </div>
        </div>
    }
}

/// The tools under a rating widget, fetched at idle; meanwhile the same
/// buttons, which remember a focus or a press for the tools to repeat.
pub fn tools(
    state: &UseReducerHandle<WheelState>,
    early: &Early,
    strings: &'static Strings,
) -> Html {
    html! {
        <Lazy
            view={RATE.with(RateProps::Toolbar(ToolbarProps { state: state.clone(), early: early.clone() }))}
            idle=true
            waiting={tools_waiting(state, early, strings)}
        />
    }
}

fn tools_waiting(
    state: &UseReducerHandle<WheelState>,
    early: &Early,
    strings: &'static Strings,
) -> Html {
    let readonly = state.person.readonly;
    let expanded = |open: bool| if open { "true" } else { "false" };
    let profile = if state.profile.shown {
        strings.hide_profile
    } else {
        strings.show_profile
    };
    // The tools' buttons in their order, as `Toolbar` shows them: the
    // label, `aria-expanded`, whether it is quiet, whether it is there.
    let buttons = [
        (profile, Some(expanded(state.profile.shown)), false, true),
        (strings.snapshot_save, None, false, !readonly),
        (strings.export, None, false, true),
        (strings.import, None, false, !readonly),
        (strings.print, None, false, true),
        (strings.share, Some(expanded(false)), false, true),
        (
            strings.reset,
            Some(expanded(state.person.confirm_reset)),
            true,
            !readonly,
        ),
    ];
    let focused = |place: u8| {
        let early = early.clone();
        Callback::from(move |_: FocusEvent| early.0.set(Some((place, false))))
    };
    let pressed = |place: u8| {
        let early = early.clone();
        Callback::from(move |_: MouseEvent| early.0.set(Some((place, true))))
    };
    // Focus that moved on to something else is not given back to the
    // tools when they come (it would jump away from where the person is).
    // A stand-in removed when they come blurs with no related target: that
    // focus is kept.
    let left = |place: u8| {
        let early = early.clone();
        Callback::from(move |event: FocusEvent| {
            if event.related_target().is_some() && early.0.get() == Some((place, false)) {
                early.0.set(None);
            }
        })
    };
    html! {
        <div class="cw-toolbar" part="toolbar" role="group" aria-label={strings.tools}>
            <div class="cw-toolbar__buttons">
                { for buttons.into_iter().filter(|&(.., shown)| shown).zip(0_u8..).map(|((label, open, quiet, _), place)| html! {
                    <button
                        type="button"
                        class={classes!("cw-button", quiet.then_some("cw-button--quiet"))}
                        aria-expanded={open}
                        onfocus={focused(place)}
                        onclick={pressed(place)}
                        onblur={left(place)}
                    >
                        { label }
                    </button>
                }) }
            </div>
            <div class="cw-toolbar__result">
                { notices(&state.notices.list, true, strings, &state.dispatcher()) }
            </div>
        </div>
    }
}
