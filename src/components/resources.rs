//! A part's learning resources as links ("Kom videre"), in the panel and in
//! the profile's parts to develop. A view function, not a component (no hook,
//! no re-render of its own to skip).
//!
//! Every link opens in a new tab (`target="_blank"`, `rel="noopener"`, so
//! the page it opens cannot reach back into the intranet's page): the person
//! keeps the wheel, the open part and a half-written note where they were.
//! Its name says so (visually hidden; an arrow shows it), and the kind is
//! words beside the title, never a colour or an icon alone. On paper the
//! address follows the title, as written in the wheel file.

use yew::prelude::*;

use crate::core::i18n::Strings;
use crate::core::model::{Resource, SegmentId, Wheel};

/// The links, or nothing when the part has none.
pub fn resource_links(resources: &[Resource], strings: &Strings) -> Html {
    if resources.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="cw-resources">
            { for resources.iter().map(|resource| html! {
                <li class="cw-resources__item">
                    <a class="cw-resources__link" href={resource.url.clone()} target="_blank" rel="noopener">
                        { resource.title.clone() }
                        <span class="cw-visually-hidden">{ format!(" ({})", strings.new_tab) }</span>
                        <span class="cw-resources__arrow" aria-hidden="true">{ " ↗" }</span>
                    </a>
                    if let Some(kind) = resource.kind {
                        <span class="cw-resources__kind">{ format!(" ({})", strings.resource_kinds[kind.index()]) }</span>
                    }
                    <span class="cw-resources__url">{ format!(" – {}", resource.url) }</span>
                </li>
            }) }
        </ul>
    }
}

/// In the profile's parts to develop: the part's resources under a small
/// "Kom videre" label, or nothing when it has none.
pub fn develop_resources(wheel: &Wheel, segment: SegmentId, strings: &Strings) -> Html {
    let Some(part) = wheel
        .parts()
        .find_map(|(s, part)| (s == segment).then_some(part))
    else {
        return Html::default();
    };
    if part.resources.is_empty() {
        return Html::default();
    }
    html! {
        <div class="cw-profile__resources">
            <span class="cw-profile__resources-title">{ strings.next_steps }</span>
            { resource_links(&part.resources, strings) }
        </div>
    }
}
