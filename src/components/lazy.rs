//! Views that live in their own wasm chunk, fetched the first time one is
//! shown, so the first load carries only what exploring and rating need.
//!
//! A [`chunk!`] declares a view behind a `#[wasm_split]` function;
//! `cargo xtask dist` splits the wasm at each such function into a file
//! (`competence-wheel.<name>.wasm`) fetched beside the module on first use.
//! [`Lazy`] shows the view once its chunk is there, a short "loading" line
//! until then, and a calm message with a retry button when the chunk cannot
//! be fetched; the rest of the widget keeps working either way.
//!
//! Natively (tests, the server renderer) nothing is split: every view is
//! there from the start and renders at once.

use std::any::Any;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::thread::LocalKey;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::core::i18n::{self, Arriving, Language, Strings};

/// A view in a chunk: renders its props as the component it wraps.
pub type View<P> = fn(&P) -> Html;

/// A chunk could not be fetched or instantiated (the browser's console has
/// the details); a later attempt starts afresh.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<wasm_split_helpers::SplitLoaderError> for ChunkError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkError
    }
}

type Fetching<P> = Pin<Box<dyn Future<Output = Result<View<P>, ChunkError>>>>;

/// One chunk's view and where it is once fetched. Declare with [`chunk!`].
pub struct Chunk<P: 'static> {
    /// The view once fetched (natively: from the start), shared by every
    /// widget on the page so a second one shows it without a loading frame.
    fetched: &'static LocalKey<Cell<Option<View<P>>>>,
    fetch: fn() -> Fetching<P>,
}

impl<P: 'static> Chunk<P> {
    #[doc(hidden)]
    pub const fn new(
        fetched: &'static LocalKey<Cell<Option<View<P>>>>,
        fetch: fn() -> Fetching<P>,
    ) -> Self {
        Self { fetched, fetch }
    }

    fn ready(&'static self) -> Option<View<P>> {
        self.fetched.with(Cell::get)
    }

    async fn load(&'static self) -> Result<View<P>, ChunkError> {
        let view = (self.fetch)().await?;
        self.fetched.with(|cell| cell.set(Some(view)));
        Ok(view)
    }
}

/// Declares a view that lives in its own chunk:
/// `chunk!(pub static GROUP: GroupViewProps = group, fetch_group => group_view);`
/// puts `group_view` (and all it alone uses) into `competence-wheel.group.wasm`.
/// The fetch function's name must be unique in the crate.
#[macro_export]
macro_rules! chunk {
    ($(#[$meta:meta])* $vis:vis static $name:ident: $props:ty = $module:ident, $fetch:ident => $view:path;) => {
        $(#[$meta])*
        $vis static $name: $crate::components::lazy::Chunk<$props> = {
            #[wasm_split_helpers::wasm_split($module, fallible)]
            fn $fetch() -> ::core::result::Result<
                $crate::components::lazy::View<$props>,
                $crate::components::lazy::ChunkError,
            > {
                ::core::result::Result::Ok($view)
            }
            // Split only in the wasm build; natively the view is there at once.
            #[cfg(target_family = "wasm")]
            const AT_FIRST: ::core::option::Option<$crate::components::lazy::View<$props>> = None;
            #[cfg(not(target_family = "wasm"))]
            const AT_FIRST: ::core::option::Option<$crate::components::lazy::View<$props>> =
                Some($view);
            ::std::thread_local! {
                static FETCHED: ::std::cell::Cell<
                    ::core::option::Option<$crate::components::lazy::View<$props>>,
                > = const { ::std::cell::Cell::new(AT_FIRST) };
            }
            $crate::components::lazy::Chunk::new(&FETCHED, || ::std::boxed::Box::pin($fetch()))
        };
    };
}

impl<P: PartialEq + 'static> Chunk<P> {
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
    chunk: &'static Chunk<P>,
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
}

impl PartialEq for LazyProps {
    fn eq(&self, other: &Self) -> bool {
        let table = |strings: Option<&'static Strings>| strings.map(|s| s as *const Strings);
        self.view == other.view && table(self.strings) == table(other.strings)
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
        use_effect_with(*attempt, move |_| {
            if !view.0.here() {
                let loading = view.0.load();
                wasm_bindgen_futures::spawn_local(async move {
                    fetch.set(match loading.await {
                        Ok(()) => Fetch::Ready,
                        Err(ChunkError) => Fetch::Failed,
                    });
                });
            }
        });
    }
    // Given, else the widget's; outside a widget (a component rendered on
    // its own) in Danish.
    let shared = use_shared();
    let strings = props
        .strings
        .or(shared.map(|shared| shared.strings))
        .unwrap_or_else(|| Strings::for_lang("da"));
    match *fetch {
        Fetch::Ready => props.view.0.render().unwrap_or_default(),
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
/// has arrived (its rules come with that module, so they apply here too):
/// the title bar, the wheel's disc with `lines.loading`, room for the hint
/// and the tools. Shown while the widget's language or its wheel file is on
/// its way, so the page below does not jump when the wheel arrives.
pub fn skeleton(lines: &Arriving, present: bool) -> Html {
    html! {
        <div class={classes!("cw-skeleton", present.then_some("cw-skeleton--present"))}>
            <p part="title" aria-hidden="true"><span>{ lines.title }</span></p>
            <div class="cw-sk-body">
                <div class="cw-sk-wheel">
                    <p class="cw-placeholder" role="status">{ lines.loading }</p>
                </div>
                <div class="cw-sk-hint"></div>
            </div>
            <div class="cw-sk-tools"></div>
        </div>
    }
}

/// The calm line shown when a chunk did not come, with a button to try again.
fn fetch_failed(
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

#[wasm_split_helpers::wasm_split(en, fallible)]
fn fetch_english() -> Result<&'static Language, ChunkError> {
    Ok(&i18n::ENGLISH)
}

#[wasm_split_helpers::wasm_split(nb, fallible)]
fn fetch_norwegian() -> Result<&'static Language, ChunkError> {
    Ok(&i18n::NORWEGIAN)
}

type Waiting = std::cell::RefCell<Vec<UseForceUpdateHandle>>;

thread_local! {
    /// The widgets on the page waiting for English. When it arrives, all of
    /// them show themselves, whichever one fetched it: one press of "try
    /// again" after the connection is back mends every widget on the page.
    static WAITING_FOR_ENGLISH: Waiting = const { std::cell::RefCell::new(Vec::new()) };
    /// The same for Norwegian.
    static WAITING_FOR_NORWEGIAN: Waiting = const { std::cell::RefCell::new(Vec::new()) };
}

/// Fetches a language's chunk for a widget that waits for it (in
/// `waiting`), registers it with `arrived` and shows every waiting widget;
/// or tells this widget that it did not come.
fn fetch_language(
    fetch: Pin<Box<dyn Future<Output = Result<&'static Language, ChunkError>>>>,
    arrived: fn(&'static Language),
    waiting: &'static LocalKey<Waiting>,
    widget: UseForceUpdateHandle,
    failed: UseStateHandle<bool>,
) {
    // Left in the list if the widget goes first: re-rendering a widget that
    // is gone does nothing.
    waiting.with(|all| all.borrow_mut().push(widget));
    wasm_bindgen_futures::spawn_local(async move {
        match fetch.await {
            Ok(language) => {
                arrived(language);
                for widget in waiting.with(std::cell::RefCell::take) {
                    widget.force_update();
                }
            }
            Err(ChunkError) => failed.set(true),
        }
    });
}

/// Whether a widget can render in `lang` yet: English and Norwegian each
/// come in their own chunk (see [`Language`]), fetched here the first time
/// a widget on the page asks for it. `None` when it can; else the line to
/// show meanwhile: a loading line, or a calm message with a button to try
/// again.
#[hook]
pub fn use_language(lang: Option<&str>, lines: &'static Arriving, present: bool) -> Option<Html> {
    let english = lang.is_some_and(i18n::is_english);
    let norwegian = lang.is_some_and(i18n::is_norwegian);
    let failed = use_state(|| false);
    // Each press of "try again" is a new attempt.
    let attempt = use_state(|| 0_u32);
    let arrived = use_force_update();
    {
        let failed = failed.clone();
        use_effect_with(
            (english, norwegian, *attempt),
            move |&(english, norwegian, _)| {
                if english && i18n::english().is_none() {
                    let fetch = Box::pin(fetch_english());
                    fetch_language(
                        fetch,
                        i18n::english_arrived,
                        &WAITING_FOR_ENGLISH,
                        arrived,
                        failed,
                    );
                } else if norwegian && i18n::norwegian().is_none() {
                    let fetch = Box::pin(fetch_norwegian());
                    fetch_language(
                        fetch,
                        i18n::norwegian_arrived,
                        &WAITING_FOR_NORWEGIAN,
                        arrived,
                        failed,
                    );
                }
            },
        );
    }
    let here = if english {
        i18n::english()
    } else if norwegian {
        i18n::norwegian()
    } else {
        return None;
    };
    if here.is_some() {
        return None;
    }
    if !*failed {
        return Some(skeleton(lines, present));
    }
    let retry = Callback::from(move |_: MouseEvent| {
        failed.set(false);
        attempt.set(*attempt + 1);
    });
    Some(fetch_failed(lines.failed, lines.retry, retry))
}
