//! Views that live in their own wasm chunk (declared with [`crate::chunk!`],
//! see `edge::chunks`), shown once their chunk is there: [`Lazy`] shows a
//! short "loading" line until then, and a calm message with a retry button
//! when the chunk cannot be fetched; the rest of the widget keeps working
//! either way. A view the first view shows can be fetched at idle instead,
//! with a stand-in keeping its room until it comes (`LazyProps::idle`,
//! `LazyProps::waiting`: the rating controls and the tools, the `rate`
//! chunk). [`skeleton`] and [`fetch_failed`] also stand in for a widget
//! whose language is on its way (`Root`).
//!
//! Natively (tests, the server renderer) nothing is split: every view is
//! there from the start and renders at once.

use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::core::i18n::{self, Arriving, Strings};
use crate::edge::chunks::{self, Chunk, ChunkError, View};

impl<P: PartialEq + 'static> Chunk<View<P>> {
    /// The chunk's view with the props to show it with, for [`Lazy`].
    pub fn with(&'static self, props: P) -> ChunkView {
        ChunkView(Rc::new(WithProps { chunk: self, props }))
    }
}

/// A chunk's view and its props, whatever their type, so that one [`Lazy`]
/// serves every chunk: a generic component would cost the first load a
/// copy of Yew's lifecycle code, its hooks and its future per chunk.
trait Bound {
    fn here(&self) -> bool;
    /// The view, if its chunk is here.
    fn render(&self) -> Option<Html>;
    fn load(&self) -> Pin<Box<dyn Future<Output = Result<(), ChunkError>>>>;
    fn same(&self, other: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
}

struct WithProps<P: 'static> {
    chunk: &'static Chunk<View<P>>,
    props: P,
}

impl<P: PartialEq + 'static> Bound for WithProps<P> {
    fn here(&self) -> bool {
        self.chunk.ready().is_some()
    }
    fn render(&self) -> Option<Html> {
        self.chunk.ready().map(|view| view(&self.props))
    }
    fn load(&self) -> Pin<Box<dyn Future<Output = Result<(), ChunkError>>>> {
        let chunk = self.chunk;
        Box::pin(async move { chunk.load().await.map(drop) })
    }
    fn same(&self, other: &dyn Any) -> bool {
        other
            .downcast_ref::<Self>()
            .is_some_and(|other| std::ptr::eq(self.chunk, other.chunk) && self.props == other.props)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A chunk's view with its props: [`Chunk::with`].
#[derive(Clone)]
pub struct ChunkView(Rc<dyn Bound>);

impl PartialEq for ChunkView {
    fn eq(&self, other: &Self) -> bool {
        self.0.same(other.0.as_any())
    }
}

#[derive(Properties)]
pub struct LazyProps {
    pub view: ChunkView,
    /// The strings for the loading and failed lines, for a chunk shown
    /// outside a widget's shared context (the editor); inside one they
    /// come from the context.
    #[prop_or_default]
    pub strings: Option<&'static Strings>,
    /// Shows no loading line: the view is not on screen yet (the profile
    /// kept for paper), so a line would only push the page down and back.
    #[prop_or_default]
    pub quiet: bool,
    /// Fetches the chunk when the browser is next idle after the first
    /// paint ([`chunks::when_idle`]), not at once: a view the first view
    /// shows but nobody can use before reading a panel (the tools). A
    /// retry fetches at once.
    #[prop_or_default]
    pub idle: bool,
    /// Shown instead of the loading line while the chunk is on its way: a
    /// stand-in that keeps the view's room, so nothing moves when it comes.
    #[prop_or_default]
    pub waiting: Option<Html>,
}

impl PartialEq for LazyProps {
    fn eq(&self, other: &Self) -> bool {
        let table = |strings: Option<&'static Strings>| strings.map(|s| s as *const Strings);
        self.view == other.view
            && table(self.strings) == table(other.strings)
            && self.quiet == other.quiet
            && self.idle == other.idle
            && self.waiting == other.waiting
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Fetch {
    Loading,
    Ready,
    Failed,
}

/// Shows a chunk's view, fetching the chunk first if it is not here yet.
#[component]
pub fn Lazy(props: &LazyProps) -> Html {
    let view = props.view.clone();
    let fetch = use_state(|| {
        if view.0.here() {
            Fetch::Ready
        } else {
            Fetch::Loading
        }
    });
    // Each press of "try again" is a new attempt.
    let attempt = use_state(|| 0_u32);
    {
        let fetch = fetch.clone();
        let idle = props.idle;
        use_effect_with(*attempt, move |&attempt| {
            if !view.0.here() {
                let start = move || {
                    let loading = view.0.load();
                    wasm_bindgen_futures::spawn_local(async move {
                        fetch.set(match loading.await {
                            Ok(()) => Fetch::Ready,
                            Err(ChunkError) => Fetch::Failed,
                        });
                    });
                };
                if idle && attempt == 0 {
                    chunks::when_idle(start);
                } else {
                    start();
                }
            }
        });
    }
    // Given, else the widget's; outside a widget (a component rendered on
    // its own) in Danish.
    let shared = use_shared();
    let strings = props
        .strings
        .or(shared.map(|shared| shared.strings))
        .unwrap_or(i18n::DANISH.strings);
    match *fetch {
        Fetch::Ready => props.view.0.render().unwrap_or_default(),
        Fetch::Loading if props.waiting.is_some() => props.waiting.clone().unwrap_or_default(),
        Fetch::Loading if props.quiet => Html::default(),
        Fetch::Loading => html! {
            <p class="cw-chunk" role="status">{ strings.chunk_loading }</p>
        },
        Fetch::Failed => {
            let retry = {
                let (fetch, attempt) = (fetch.clone(), attempt.clone());
                Callback::from(move |_: MouseEvent| {
                    fetch.set(Fetch::Loading);
                    attempt.set(*attempt + 1);
                })
            };
            fetch_failed(strings.chunk_failed, strings.chunk_retry, retry)
        }
    }
}

/// The loading skeleton, as `src/js/element.js` draws it before the module
/// has arrived where it has no pre-rendered first view (a `src` wheel,
/// presenting, the group; its rules come with that module, so they apply
/// here too): the title bar and a square for the wheel with
/// `lines.loading`. Shown while the widget's language or its wheel file is
/// on its way.
pub fn skeleton(lines: &Arriving, present: bool) -> Html {
    html! {
        <div class={classes!("cw-skeleton", present.then_some("cw-skeleton--present"))}>
            <p part="title" aria-hidden="true"><span>{ lines.title }</span></p>
            <div class="cw-sk-body">
                <div class="cw-sk-wheel">
                    <p class="cw-placeholder" role="status">{ lines.loading }</p>
                </div>
            </div>
        </div>
    }
}

/// The calm line shown when a chunk did not come, with a button to try again.
pub fn fetch_failed(
    text: &'static str,
    retry_label: &'static str,
    retry: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="cw-notice cw-notice--warning cw-chunk" role="alert">
            <p class="cw-notice__text">{ text }</p>
            <button type="button" class="cw-button cw-notice__dismiss" onclick={retry}>
                { retry_label }
            </button>
        </div>
    }
}
