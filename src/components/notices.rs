//! Calm, specific messages inside the widget: storage trouble and unreadable
//! saved ratings at the top, and the result of loading a file beside the
//! button that loaded it (where the person acted, in view on a phone).

use yew::prelude::*;

use yew::functional::UseReducerDispatcher;

use crate::core::i18n::{fill, Strings};
use crate::core::snapshots::{SaveRefused, MAX_SNAPSHOTS};
use crate::core::state::{Action, Notice, WheelState};
use crate::core::stored::DecodeError;

/// Whether a notice reports on a file the person loaded.
pub fn is_import_result(notice: &Notice) -> bool {
    notice.is_file_result()
}

/// The notices of `all` to show here: only the results of loading a file
/// (`import_results`), else everything but those. A view function, not a
/// component: a component costs the first load its own copy of Yew's
/// lifecycle code.
pub fn notices(
    all: &[Notice],
    import_results: bool,
    strings: &'static Strings,
    dispatch: &UseReducerDispatcher<WheelState>,
) -> Html {
    let shown = |notice: &Notice| is_import_result(notice) == import_results;
    if !all.iter().any(shown) {
        return Html::default();
    }
    html! {
        <div class="cw-notices">
            // Indices stay those of the whole list, which `Dismiss` refers to.
            { for all.iter().enumerate().filter(|(_, notice)| shown(notice)).map(|(index, notice)| {
                let (text, tone, dismissable) = describe(notice, strings);
                let dismiss = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Dismiss(index)))
                };
                // A word and a sign say what kind of message it is (never the
                // colour alone); only the message is announced, not the button.
                let (sign, kind) = match tone {
                    "success" => ("✓", strings.notice_done),
                    _ => ("!", strings.notice_problem),
                };
                html! {
                    <div class={classes!("cw-notice", format!("cw-notice--{tone}"))}>
                        <p class="cw-notice__text" role="status">
                            <span class="cw-notice__kind">
                                <span class="cw-notice__sign" aria-hidden="true">{ sign }</span>
                                { kind }{ ": " }
                            </span>
                            { text }
                        </p>
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

/// A notice's text, its tone (`warning` or `success`), and whether it can be
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
                DecodeError::TooLarge(_) => strings.import_too_large.to_owned(),
                DecodeError::Shape(_) => strings.import_shape.to_owned(),
                DecodeError::FutureVersion(_) => strings.import_future.to_owned(),
                DecodeError::OtherWheel(wheel) => fill(strings.import_other_wheel, wheel),
                DecodeError::NothingForThisWheel => strings.import_nothing.to_owned(),
                DecodeError::Unreadable => strings.import_unreadable.to_owned(),
            };
            (fill(strings.import_failed, &why), "warning", true)
        }
        Notice::Imported(count) => (strings.imported.of(*count), "success", true),
        Notice::SnapshotSaved {
            label,
            levels,
            targets,
        } => {
            let counts = [
                strings.snapshot_levels.of(*levels),
                strings.snapshot_targets.of(*targets),
            ];
            let text = crate::core::i18n::fill_all(
                strings.snapshot_saved,
                &[&counts[0], &counts[1], label],
            );
            (text, "success", true)
        }
        Notice::SnapshotRefused(SaveRefused::Nothing) => {
            (strings.snapshot_nothing.to_owned(), "warning", true)
        }
        Notice::SnapshotRefused(SaveRefused::Full) => (
            fill(strings.snapshot_full, &MAX_SNAPSHOTS.to_string()),
            "warning",
            true,
        ),
    }
}
