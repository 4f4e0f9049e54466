//! The profile: every part's level, target and note, the average per
//! dimension, the top strengths and the parts to develop, with the part's
//! examples as concrete suggestions and its resources to go on with. Also what a printed profile shows.
//!
//! Every dimension's table has the same columns in the same order and
//! widths, so the four read as one. In a narrow widget (a phone) each row is
//! stacked instead — the part, then "Level", "Target" and "Note" as labelled
//! lines — so nothing scrolls sideways and no word is broken.

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::components::key::{compare_key, compare_mark};
use crate::components::resources::develop_resources;
use crate::components::snapshots::{compared_view, then_cell, SnapshotList};

use crate::core::i18n::{fill, fill_all};
use crate::core::model::{plain, SegmentId};
use crate::core::ratings::{one_decimal, Highlights, Ratings};
use crate::core::state::{Effect, ProfileRequest};
use crate::edge::request::{perform, use_request};

#[derive(Clone, Properties, PartialEq)]
pub struct ProfileProps {
    pub ratings: Ratings,
    /// Shown on screen; a profile always prints.
    pub shown: bool,
    /// Bring the profile's top into view (and perhaps focus its heading);
    /// the profile takes the request once done.
    #[prop_or_default]
    pub request: Option<ProfileRequest>,
    /// The snapshot compared with (when it was taken), if any.
    #[prop_or_default]
    pub compared: Option<f64>,
}

/// How many strengths and parts to develop the profile lists.
const TOP: usize = 3;

crate::chunk! {
    /// The profile is fetched the first time it is shown, or once the
    /// person has rated a part (so that printing finds it there).
    pub static PROFILE: ProfileProps = profile, fetch_profile => profile;
}

fn profile(props: &ProfileProps) -> Html {
    html! { <Profile ..props.clone() /> }
}

#[component]
pub fn Profile(props: &ProfileProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let wheel = &shared.wheel;
    let ratings = &props.ratings;
    let section = use_node_ref();
    {
        let section = section.clone();
        let reveal = props.request.map(|request| {
            perform(move || {
                let heading =
                    (request == ProfileRequest::RevealAndFocus).then_some("#cw-profile-title");
                crate::edge::dom::reveal_start(&section, heading);
            })
        });
        use_request(Effect::Profile, shared.dispatch.clone(), reveal);
    }
    let summary = ratings.summary(wheel);
    let then = props.compared.and_then(|t| ratings.snapshots().get(t));
    // An empty cell is named for its column: no level is "not rated", no
    // target is "no target".
    // `before` (then → when comparing with a snapshot) sits in the same
    // value, so a stacked row keeps it beside the level it leads to.
    let number = |value: Option<u8>, empty: &'static str, before: Html| -> Html {
        match value {
            Some(v) => html! {
                <span class="cw-profile__value">
                    { before }
                    <span class="cw-profile__level">{ v }</span>{ " " }
                    <span class="cw-profile__level-label">{ shared.levels.get(usize::from(v) - 1).cloned().unwrap_or_default() }</span>
                </span>
            },
            None => {
                html! {
                    <span class="cw-profile__value">
                        { before }
                        <span aria-hidden="true">{ strings.dash }</span>
                        <span class="cw-visually-hidden">{ empty }</span>
                    </span>
                }
            }
        }
    };
    // The column's name beside a value, shown only when rows are stacked
    // (the table's own headers name the cells for screen readers).
    let cell_label = |text: &'static str| {
        html! { <span class="cw-profile__cell-label" aria-hidden="true">{ text }</span> }
    };
    let average = |value: Option<f64>| match value {
        Some(v) => one_decimal(v, strings.decimal_comma),
        None => strings.dash.to_owned(),
    };
    let title = |segment: SegmentId| plain(wheel.title_of(segment));

    let tables = wheel.dimensions.iter().enumerate().map(|(d, dimension)| {
        html! {
            <table class="cw-profile__table" key={dimension.id.clone()}>
                <caption class="cw-profile__caption">{ plain(&dimension.title) }</caption>
                <colgroup>
                    <col class="cw-profile__col cw-profile__col--part" />
                    <col class="cw-profile__col cw-profile__col--level" />
                    <col class="cw-profile__col cw-profile__col--target" />
                    <col class="cw-profile__col cw-profile__col--note" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{ strings.part }</th>
                        <th scope="col">{ strings.level }</th>
                        <th scope="col">{ strings.target }</th>
                        <th scope="col">{ strings.note_short }</th>
                    </tr>
                </thead>
                <tbody>
                    { for dimension.parts.iter().map(|part| {
                        let rating = ratings.get(&part.id).cloned().unwrap_or_default();
                        html! {
                            <tr key={part.id.clone()}>
                                <th scope="row">{ plain(&part.title) }</th>
                                <td>{ cell_label(strings.level) }{ number(rating.level, strings.not_rated, then_cell(strings, then, &part.id)) }</td>
                                <td>{ cell_label(strings.target) }{ number(rating.target, strings.no_target, Html::default()) }</td>
                                <td class="cw-profile__note">
                                    if !rating.note.is_empty() {
                                        { cell_label(strings.note_short) }
                                        <span class="cw-profile__value">{ rating.note.clone() }</span>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{ strings.dimension_average }</th>
                        <td colspan="3">{ average(summary.dimensions[d]) }</td>
                    </tr>
                </tfoot>
            </table>
        }
    });

    // The notes again, for paper only (the table's column holds them on
    // screen, and for screen readers).
    let notes: Vec<(SegmentId, String)> = wheel
        .parts()
        .filter_map(|(segment, part)| {
            let note = ratings.get(&part.id)?.note.clone();
            (!note.is_empty()).then_some((segment, note))
        })
        .collect();

    let highlights = ratings.highlights(wheel, TOP);
    let examples = |segment: SegmentId| -> Html {
        let SegmentId::Part(d, p) = segment else {
            return Html::default();
        };
        let Some(part) = wheel.dimensions.get(d).and_then(|dim| dim.parts.get(p)) else {
            return Html::default();
        };
        if part.examples.is_empty() {
            return Html::default();
        }
        html! {
            <ul class="cw-profile__examples">
                { for part.examples.iter().map(|e| html! { <li>{ e.clone() }</li> }) }
            </ul>
        }
    };

    let highlights_view = |highlights: &Highlights| -> Html {
        let (strengths, to_develop) = match highlights {
            Highlights::TooFew { needed, .. } => {
                return html! {
                    <p class="cw-profile__empty">{ fill(strings.highlights_too_few, &needed.to_string()) }</p>
                };
            }
            Highlights::Listed {
                strengths,
                to_develop,
            } => (strengths, to_develop),
        };
        html! {
            <div class="cw-profile__highlights">
                <div class="cw-profile__highlight">
                    <h4 class="cw-profile__subheading">{ strings.strengths }</h4>
                    if strengths.is_empty() {
                        <p class="cw-profile__none">{ strings.no_strengths }</p>
                    } else {
                        <ol class="cw-profile__list">
                            { for strengths.iter().map(|&s| html! {
                                <li>{ title(s) }{ " (" }{ ratings.level(wheel.id_of(s)).unwrap_or_default() }{ ")" }</li>
                            }) }
                        </ol>
                    }
                </div>
                <div class="cw-profile__highlight">
                    <h4 class="cw-profile__subheading">{ strings.to_develop }</h4>
                    if to_develop.is_empty() {
                        <p class="cw-profile__none">{ strings.nothing_to_develop }</p>
                    } else {
                        <ol class="cw-profile__list">
                            { for to_develop.iter().map(|&s| html! {
                                <li>
                                    <span class="cw-profile__develop-title">{ title(s) }</span>
                                    <span class="cw-profile__hint">{ strings.to_develop_hint }</span>
                                    { examples(s) }
                                    { develop_resources(wheel, s, strings) }
                                </li>
                            }) }
                        </ol>
                    }
                </div>
            </div>
        }
    };

    html! {
        <section
            id="cw-profile"
            part="profile"
            class={classes!("cw-profile", (!props.shown).then_some("cw-profile--print-only"))}
            aria-labelledby="cw-profile-title"
            ref={section}
        >
            <h3 id="cw-profile-title" class="cw-profile__title" tabindex="-1">{ strings.profile }</h3>
            <p class="cw-profile__summary">
                { fill_all(strings.progress, &[&summary.rated.to_string(), &summary.total.to_string()]) }
                { " " }{ strings.rated_word }
                { " · " }
                { format!("{} {}", strings.average, average(summary.average)) }
            </p>
            // On paper the wheel has no panel to explain it: a small key.
            <ul class="cw-profile__marks" aria-hidden="true">
                <li class="cw-profile__mark">
                    <svg class="cw-profile__mark-sample" viewBox="0 0 32 20">
                        <rect class="cw-profile__mark-segment" x="1" y="1" width="30" height="18" />
                        <rect class="cw-profile__mark-band" x="1" y="9" width="30" height="10" />
                    </svg>
                    { strings.key_band }
                </li>
                <li class="cw-profile__mark">
                    <svg class="cw-profile__mark-sample" viewBox="0 0 32 20">
                        <rect class="cw-profile__mark-segment" x="1" y="1" width="30" height="18" />
                        <path class="cw-profile__mark-target" d="M1 6H31" />
                    </svg>
                    { strings.key_target }
                </li>
                if then.is_some() {
                    { compare_mark(strings) }
                }
            </ul>
            // On paper the tables show numbers only: the scale, once.
            <p class="cw-profile__scale" aria-hidden="true">
                <span class="cw-profile__scale-title">{ strings.level }</span>
                { for shared.levels.iter().enumerate().map(|(i, name)| html! {
                    <span class="cw-profile__scale-step">
                        <span class="cw-profile__level">{ i + 1 }</span>{ name.clone() }
                    </span>
                }) }
            </p>
            if let Some(then) = then {
                { compare_key(strings) }
                { compared_view(strings, wheel, ratings, then) }
            }
            <SnapshotList ratings={ratings.clone()} compared={props.compared} />
            if summary.rated == 0 {
                <p class="cw-profile__empty">{ strings.no_ratings_yet }</p>
            } else {
                { highlights_view(&highlights) }
            }
            // On paper the tables stay whole, beside one another, and the
            // notes follow them in full, free to go on to a second page.
            <div class="cw-profile__tables">{ for tables }</div>
            if !notes.is_empty() {
                <div class="cw-profile__notes">
                    <p class="cw-profile__subheading">{ strings.notes }</p>
                    <dl class="cw-profile__notes-list">
                        { for notes.into_iter().map(|(segment, note)| html! {
                            <div class="cw-profile__notes-item">
                                <dt class="cw-profile__notes-part">{ title(segment) }</dt>
                                <dd class="cw-profile__notes-text">{ note }</dd>
                            </div>
                        }) }
                    </dl>
                </div>
            }
        </section>
    }
}
