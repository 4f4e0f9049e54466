//! Calm, specific messages inside the widget: storage trouble, unreadable
//! saved ratings, and the result of loading a file.

use yew::prelude::*;

use crate::i18n::{fill, Strings};
use crate::state::{Action, Notice, WheelState};
use crate::stored::DecodeError;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub strings: &'static Strings,
    pub dispatch: yew::functional::UseReducerDispatcher<WheelState>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    let strings = props.strings;
    html! {
        <div class="cw-notices">
            { for props.notices.iter().enumerate().map(|(index, notice)| {
                let (text, tone, dismissable) = describe(notice, strings);
                let dismiss = {
                    let dispatch = props.dispatch.clone();
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Dismiss(index)))
                };
                html! {
                    <div class={classes!("cw-notice", format!("cw-notice--{tone}"))} role="status">
                        <p class="cw-notice__text">{ text }</p>
                        if dismissable {
                            <button type="button" class="cw-button cw-notice__dismiss" onclick={dismiss}>
                                { strings.dismiss }
                            </button>
                        }
                    </div>
                }
            }) }
        </div>
    }
}

/// A notice's text, its tone (`warning` or `info`), and whether it can be
/// dismissed. Storage that does not work stays on screen: people must know
/// their ratings are not being saved.
pub fn describe(notice: &Notice, strings: &Strings) -> (String, &'static str, bool) {
    match notice {
        Notice::StorageUnavailable => (strings.storage_unavailable.to_owned(), "warning", false),
        Notice::StorageWriteFailed => (strings.storage_write_failed.to_owned(), "warning", false),
        Notice::StorageCorrupt { backup_key } => {
            (fill(strings.storage_corrupt, backup_key), "warning", true)
        }
        Notice::StorageFuture => (strings.storage_future.to_owned(), "warning", true),
        Notice::ImportFailed(error) => {
            let why = match error {
                DecodeError::Syntax { .. } => strings.import_syntax.to_owned(),
                DecodeError::Shape(_) => strings.import_shape.to_owned(),
                DecodeError::FutureVersion(_) => strings.import_future.to_owned(),
                DecodeError::OtherWheel(wheel) => fill(strings.import_other_wheel, wheel),
            };
            (fill(strings.import_failed, &why), "warning", true)
        }
        Notice::Imported(count) => (strings.imported.of(*count), "info", true),
    }
}
