//! "Share anonymously": one's levels as a short code and a link, for the
//! trainer's group wheel. Nothing else goes into the code.

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::core::share::{encode, CodeShape};
use crate::core::state::WheelState;
use crate::edge::dom;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub state: UseReducerHandle<WheelState>,
}

crate::chunk! {
    /// The share box, and the encoder of the code, are fetched the first
    /// time "Share anonymously" opens it: most people never share.
    pub static SHARE: ShareProps = share, fetch_share => share;
}

/// The code of one's levels (only while the box is open: every rating
/// re-renders it) in the share box.
fn share(props: &ShareProps) -> Html {
    let state = &props.state;
    let shape = CodeShape::of(&state.wheel, state.level_count());
    let code = encode(
        &shape,
        &shape.levels_of(&state.person.ratings),
        crate::edge::storage::share_secret(),
    );
    html! { <ShareBox code={AttrValue::from(code)} /> }
}

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    pub code: AttrValue,
}

#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let Some(shared) = use_shared() else {
        return Html::default();
    };
    let strings = shared.strings;
    let copied = use_state(|| None::<&'static str>);
    // The box opens under the toolbar, below the fold on a laptop: bring the
    // code and its buttons into view once, when the person asks for them.
    let shown = use_node_ref();
    dom::use_reveal_on(shown.clone(), 1);
    let link = AttrValue::from(crate::edge::hash::link_with_code(&props.code));
    let copy = |what: &'static str, text: AttrValue| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            dom::copy_text(&text);
            copied.set(Some(what));
        })
    };
    html! {
        <div class="cw-share" role="group" aria-labelledby="cw-share-title" ref={shown}>
            <p id="cw-share-title" class="cw-share__title">{ strings.share }</p>
            <p class="cw-share__intro">{ strings.share_intro }</p>
            <p class="cw-share__row">
                <span class="cw-share__label">{ strings.share_code }</span>
                <output class="cw-share__code" aria-label={strings.share_code}>{ code_groups(&props.code) }</output>
                <button type="button" class="cw-button" onclick={copy("code", props.code.clone())}>
                    { if *copied == Some("code") { strings.copied } else { strings.copy } }
                </button>
            </p>
            <p class="cw-share__row">
                <label class="cw-share__label" for="cw-share-link">{ strings.share_link }</label>
                <input id="cw-share-link" class="cw-share__link" type="text" readonly=true value={link.clone()} />
                <button type="button" class="cw-button" onclick={copy("link", link)}>
                    { if *copied == Some("link") { strings.copied } else { strings.copy } }
                </button>
            </p>
        </div>
    }
}

/// The code's groups, each kept whole with the dash after it, and a line
/// break allowed only after a dash: on a narrow phone the code wraps as
/// "ABCD-EFGH-" / "JKMN-PQ", never inside a group someone reads out.
fn code_groups(code: &str) -> Html {
    let mut groups = code.split_inclusive('-').peekable();
    let mut out = Vec::new();
    while let Some(group) = groups.next() {
        out.push(html! { <span class="cw-share__group">{ group.to_owned() }</span> });
        if groups.peek().is_some() {
            out.push(html! { <wbr /> });
        }
    }
    out.into_iter().collect()
}
