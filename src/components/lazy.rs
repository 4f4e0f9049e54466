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

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::thread::LocalKey;

use yew::prelude::*;

use crate::components::context::use_shared;
use crate::core::i18n::Strings;

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

#[derive(Properties)]
pub struct LazyProps<P: PartialEq + 'static> {
    pub chunk: &'static Chunk<P>,
    /// The props of the view in the chunk.
    pub props: P,
}

impl<P: PartialEq + 'static> PartialEq for LazyProps<P> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.chunk, other.chunk) && self.props == other.props
    }
}

enum Fetch<P: 'static> {
    Loading,
    Ready(View<P>),
    Failed,
}

// By hand: derived impls would ask `P` to be `Copy` too.
impl<P> Clone for Fetch<P> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P> Copy for Fetch<P> {}

/// Shows a chunk's view, fetching the chunk first if it is not here yet.
#[component]
pub fn Lazy<P: PartialEq + 'static>(props: &LazyProps<P>) -> Html {
    let chunk = props.chunk;
    let fetch = use_state(|| chunk.ready().map_or(Fetch::Loading, Fetch::Ready));
    // Each press of "try again" is a new attempt.
    let attempt = use_state(|| 0_u32);
    {
        let fetch = fetch.clone();
        use_effect_with(*attempt, move |_| {
            if chunk.ready().is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    fetch.set(match chunk.load().await {
                        Ok(view) => Fetch::Ready(view),
                        Err(ChunkError) => Fetch::Failed,
                    });
                });
            }
        });
    }
    // Outside a widget (a component rendered on its own) in Danish.
    let strings = use_shared().map_or_else(|| Strings::for_lang("da"), |shared| shared.strings);
    match *fetch {
        Fetch::Ready(view) => view(&props.props),
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
            html! {
                <div class="cw-notice cw-notice--warning cw-chunk" role="alert">
                    <p class="cw-notice__text">{ strings.chunk_failed }</p>
                    <button type="button" class="cw-button cw-notice__dismiss" onclick={retry}>
                        { strings.chunk_retry }
                    </button>
                </div>
            }
        }
    }
}
