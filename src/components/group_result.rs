//! What the group view shows of the codes read: each set's count, codes
//! pasted twice or skipped (with the reason), and the group's table. Used
//! by the group view alone, so it is in the group's chunk.

use yew::prelude::*;

use crate::core::group::{Group, SetFigures, Sets};
use crate::core::i18n::{fill, Strings};
use crate::core::model::{plain, Wheel};
use crate::core::ratings::one_decimal;
use crate::core::share::CodeError;

/// What was read of one group's codes (no second set): the count, a
/// warning when anonymity is weak, codes pasted twice and codes skipped.
pub fn single_result(group: &Group, strings: &'static Strings) -> Html {
    html! {
        <>
            <p class="cw-group__participants">{ strings.group_participants.of(group.participants) }</p>
            if group.anonymity_is_weak() {
                <p class="cw-notice cw-notice--warning"><span class="cw-notice__text">{ strings.group_weak }</span></p>
            }
            { read_notes(group, strings) }
        </>
    }
}

/// One of two sets: its name and count, and, with fewer than 3 codes, that
/// its figures are not shown.
pub fn set_result(sets: &Sets, set: usize, strings: &'static Strings) -> Html {
    let group = &sets.groups[set];
    let too_few = group.participants > 0 && !sets.figures_shown(set);
    html! {
        <div class="cw-group__set-result">
            <p class="cw-group__count">
                <strong>{ sets.names[set].clone() }{ ": " }</strong>
                { strings.group_participants.of(group.participants) }
            </p>
            if too_few {
                <p class="cw-notice cw-notice--warning"><span class="cw-notice__text">{ format!("{}: {}", sets.names[set], strings.group_too_few) }</span></p>
            }
            { read_notes(group, strings) }
        </div>
    }
}

/// Codes pasted more than once, and the codes skipped with the reason.
fn read_notes(group: &Group, strings: &'static Strings) -> Html {
    html! {
        <>
            if group.duplicates > 0 {
                <p>{ strings.group_duplicates.of(group.duplicates) }</p>
            }
            if !group.rejected.is_empty() {
                <p class="cw-group__rejected-title">{ strings.group_rejected }</p>
                <ul class="cw-group__rejected">
                    { for group.rejected.iter().map(|(code, error)| html! {
                        <li><code>{ code.clone() }</code>{ " – " }{ reason(error, strings) }</li>
                    }) }
                </ul>
            }
        </>
    }
}

/// The group's table: for one set, each part's answers, mean, median and
/// count per level; for two, each set's answers and mean (a dash where a
/// set has too few codes to show) and the change of the mean.
pub fn table(sets: &Sets, wheel: &Wheel, levels: u8, strings: &'static Strings) -> Html {
    let number = |v: Option<f64>| {
        v.map_or(strings.dash.to_owned(), |v| {
            one_decimal(v, strings.decimal_comma)
        })
    };
    let titles = wheel.parts().map(|(_, part)| plain(&part.title));
    let (head, rows): (Html, Vec<Html>) = if sets.comparing() {
        let head = html! {
            <tr>
                <th scope="col">{ strings.part }</th>
                { for sets.names.iter().flat_map(|name| [strings.answers, strings.average].map(|h| html! {
                    <th scope="col">{ format!("{name}: {h}") }</th>
                })) }
                <th scope="col">{ strings.group_change }</th>
            </tr>
        };
        let rows = titles.enumerate().map(|(p, title)| {
            let cells = (0..2).flat_map(|set| match sets.figures(set, p) {
                Some(SetFigures::Shown(stats)) => [stats.n.to_string(), number(stats.mean)],
                _ => [strings.dash.to_owned(), strings.dash.to_owned()],
            });
            html! {
                <tr>
                    <th scope="row">{ title }</th>
                    { for cells.map(|c| html! { <td>{ c }</td> }) }
                    <td>{ sets.change_figure(p, strings).unwrap_or_else(|| strings.dash.to_owned()) }</td>
                </tr>
            }
        });
        (head, rows.collect())
    } else {
        let head = html! {
            <tr>
                <th scope="col">{ strings.part }</th>
                <th scope="col">{ strings.answers }</th>
                <th scope="col">{ strings.average }</th>
                <th scope="col">{ strings.median }</th>
                { for (1..=levels).map(|l| html! { <th scope="col">{ fill(strings.level_n, &l.to_string()) }</th> }) }
            </tr>
        };
        let rows = titles.zip(&sets.groups[0].parts).map(|(title, stats)| {
            html! {
                <tr>
                    <th scope="row">{ title }</th>
                    <td>{ stats.n }</td>
                    <td>{ number(stats.mean) }</td>
                    <td>{ number(stats.median) }</td>
                    { for stats.counts.iter().map(|c| html! { <td>{ c }</td> }) }
                </tr>
            }
        });
        (head, rows.collect())
    };
    html! {
        <table class="cw-profile__table cw-group__table">
            <caption class="cw-profile__caption">{ strings.group_table }</caption>
            <thead>{ head }</thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

fn reason(error: &CodeError, strings: &Strings) -> String {
    match error {
        CodeError::Empty => strings.code_empty.to_owned(),
        CodeError::BadCharacter(c) => fill(strings.code_character, &c.to_string()),
        CodeError::Length => strings.code_length.to_owned(),
        CodeError::Checksum => strings.code_checksum.to_owned(),
        CodeError::Version(_) => strings.code_version.to_owned(),
        CodeError::OtherWheel => strings.code_other_wheel.to_owned(),
    }
}
