//! One screen of a presented step: its heading, then a run of its blocks.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::color::DimensionPalette;
use crate::core::i18n::{fill, Strings};
use crate::core::model::{plain, SegmentId, Wheel};
use crate::core::slides::{continued_list_heading, Block, Flow, Slide};
use crate::core::state::{Nav, Origin, WheelState};

#[derive(Properties, PartialEq)]
pub struct StepScreenProps {
    pub wheel: Rc<Wheel>,
    pub slide: Slide,
    pub blocks: Rc<Vec<Block>>,
    /// The blocks shown: `blocks[from..to]`.
    pub from: usize,
    pub to: usize,
    /// A later screen of the step: the heading says so.
    pub continued: bool,
    pub strings: &'static Strings,
    pub dispatch: yew::functional::UseReducerDispatcher<WheelState>,
    /// The hidden copy that is measured: no ids, nothing to focus.
    #[prop_or_default]
    pub measured: bool,
    #[prop_or_default]
    pub heading: NodeRef,
}

/// One screen of a step: its heading, then a run of its blocks. Lists that
/// continue from the previous screen continue their numbering.
#[component]
pub fn StepScreen(props: &StepScreenProps) -> Html {
    let strings = props.strings;
    let wheel = &props.wheel;
    let swatch = |d: usize| {
        let own = wheel.dimensions.get(d).and_then(|dim| dim.color);
        let colour = DimensionPalette::for_dimension(d, own).strong;
        html! {
            <svg class="cw-panel__swatch" viewBox="0 0 10 10" aria-hidden="true">
                <rect width="10" height="10" rx="2" fill={colour.to_hex()} />
            </svg>
        }
    };
    let (eyebrow, title) = match props.slide {
        Slide::Segment(segment @ SegmentId::Dimension(d)) => (
            html! { <p class="cw-panel__eyebrow">{ swatch(d) }{ strings.dimension }</p> },
            wheel.title_of(segment).to_owned(),
        ),
        Slide::Segment(segment @ SegmentId::Part(d, _)) => (
            html! { <p class="cw-panel__eyebrow">{ swatch(d) }{ plain(wheel.title_of(SegmentId::Dimension(d))) }</p> },
            wheel.title_of(segment).to_owned(),
        ),
        Slide::Questions => (
            Html::default(),
            wheel
                .questions
                .as_ref()
                .map(|q| q.title.clone())
                .unwrap_or_default(),
        ),
    };
    let title = if props.continued {
        fill(strings.present_continued, &title)
    } else {
        title
    };

    // Consecutive list blocks share one list element.
    let mut groups: Vec<(usize, &[Block])> = Vec::new();
    let shown = &props.blocks[props.from..props.to];
    let mut i = 0;
    while i < shown.len() {
        let kind = std::mem::discriminant(&shown[i]);
        let listed = matches!(
            shown[i],
            Block::Example(_) | Block::Part(_) | Block::Question(..)
        );
        let mut end = i + 1;
        while listed && end < shown.len() && std::mem::discriminant(&shown[end]) == kind {
            end += 1;
        }
        groups.push((props.from + i, &shown[i..end]));
        i = end;
    }
    // A screen that starts in the middle of a list repeats the list's
    // heading: "Eksempler (fortsat)".
    let flows: Vec<Flow> = props.blocks.iter().map(Block::flow).collect();
    let repeated = continued_list_heading(&flows, props.from)
        .and_then(|h| match props.blocks.get(h) {
            Some(Block::Heading(text)) => Some(fill(strings.present_continued, text)),
            _ => None,
        })
        .filter(|_| props.from < props.to);
    let open = |segment: SegmentId| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Nav::Open(segment, Origin::Panel).into())
        })
    };
    let render = |(first, run): (usize, &[Block])| -> Html {
        let index = |k: usize| (first + k).to_string();
        match &run[0] {
            Block::Paragraph(text) => {
                html! { <p class="cw-panel__text" data-block={index(0)}>{ text.clone() }</p> }
            }
            Block::Heading(text) => {
                html! { <h4 class="cw-panel__subheading" data-block={index(0)}>{ *text }</h4> }
            }
            Block::Example(_) => html! {
                <ul class="cw-panel__examples">
                    { for run.iter().enumerate().map(|(k, block)| match block {
                        Block::Example(text) => html! { <li data-block={index(k)}>{ text.clone() }</li> },
                        _ => Html::default(),
                    }) }
                </ul>
            },
            Block::Part(_) => html! {
                <ul class="cw-panel__parts">
                    { for run.iter().enumerate().map(|(k, block)| match block {
                        Block::Part(segment) => html! {
                            <li data-block={index(k)}>
                                <button
                                    type="button"
                                    class="cw-panel__part"
                                    tabindex={props.measured.then_some("-1")}
                                    onclick={open(*segment)}
                                >
                                    { wheel.title_of(*segment).to_owned() }
                                </button>
                            </li>
                        },
                        _ => Html::default(),
                    }) }
                </ul>
            },
            Block::Question(number, _) => html! {
                <ol class="cw-questions__list" start={number.to_string()}>
                    { for run.iter().enumerate().map(|(k, block)| match block {
                        Block::Question(_, text) => html! { <li data-block={index(k)}>{ text.clone() }</li> },
                        _ => Html::default(),
                    }) }
                </ol>
            },
        }
    };
    let body = html! {
        <>
            <div class="cw-step__header">
                { eyebrow }
                if props.measured {
                    <h3 class="cw-panel__title">{ title }</h3>
                } else {
                    <h3 id="cw-panel-title" class="cw-panel__title" tabindex="-1" ref={props.heading.clone()}>{ title }</h3>
                }
            </div>
            <div class="cw-step__blocks">
                if let Some(heading) = repeated {
                    <h4 class="cw-panel__subheading">{ heading }</h4>
                }
                { for groups.into_iter().map(render) }
            </div>
        </>
    };
    let class = classes!(
        "cw-step",
        matches!(props.slide, Slide::Questions).then_some("cw-questions")
    );
    if props.measured {
        html! { <div {class}>{ body }</div> }
    } else {
        html! { <section class={classes!("cw-panel", class)} aria-labelledby="cw-panel-title">{ body }</section> }
    }
}
