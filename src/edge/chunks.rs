//! Code that lives in its own wasm chunk, fetched the first time it is
//! needed, so the first load carries only what exploring and rating in
//! Danish need.
//!
//! A [`chunk!`] declares a value (a view, a language) behind a
//! `#[wasm_split]` function; `cargo xtask dist` splits the wasm at each such
//! function into a file (`competence-wheel.<name>.wasm`) fetched beside the
//! module on first use. Once fetched, a chunk's value is kept for the page
//! (one cell per chunk, the page-wide state this module holds): every widget
//! on the page uses it from then on, without a loading frame.
//!
//! Natively (tests, the server renderer) nothing is split: every chunk's
//! value is there from the start.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::thread::LocalKey;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Html;

/// A view in a chunk: renders its props as the component it wraps.
pub type View<P> = fn(&P) -> Html;

/// A chunk could not be fetched or instantiated (the browser's console has
/// the details); a later attempt starts afresh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<wasm_split_helpers::SplitLoaderError> for ChunkError {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkError
    }
}

type Fetching<T> = Pin<Box<dyn Future<Output = Result<T, ChunkError>>>>;

/// One chunk's value and where it is once fetched. Declare with [`chunk!`].
pub struct Chunk<T: 'static> {
    /// The value once fetched (natively: from the start), shared by every
    /// widget on the page.
    fetched: &'static LocalKey<Cell<Option<T>>>,
    fetch: fn() -> Fetching<T>,
}

impl<T: Copy + 'static> Chunk<T> {
    #[doc(hidden)]
    pub const fn new(
        fetched: &'static LocalKey<Cell<Option<T>>>,
        fetch: fn() -> Fetching<T>,
    ) -> Self {
        Self { fetched, fetch }
    }

    /// The value, if its chunk is here.
    pub fn ready(&'static self) -> Option<T> {
        self.fetched.with(Cell::get)
    }

    /// Fetches the chunk (a new attempt each call while it is not here).
    pub async fn load(&'static self) -> Result<T, ChunkError> {
        let value = (self.fetch)().await?;
        self.fetched.with(|cell| cell.set(Some(value)));
        Ok(value)
    }
}

/// Declares a view that lives in its own chunk:
/// `chunk!(pub static GROUP: GroupViewProps = group, fetch_group => group_view);`
/// puts `group_view` (and all it alone uses) into `competence-wheel.group.wasm`.
/// `chunk!(value static EN: &'static Language = en, fetch_en => &ENGLISH);`
/// does the same for any other value. The fetch function's name must be
/// unique in the crate.
#[macro_export]
macro_rules! chunk {
    (value $(#[$meta:meta])* $vis:vis static $name:ident: $ty:ty = $module:ident, $fetch:ident => $value:expr;) => {
        $(#[$meta])*
        $vis static $name: $crate::edge::chunks::Chunk<$ty> = {
            #[wasm_split_helpers::wasm_split($module, fallible)]
            fn $fetch() -> ::core::result::Result<$ty, $crate::edge::chunks::ChunkError> {
                ::core::result::Result::Ok($value)
            }
            // Split only in the wasm build; natively the value is there at once.
            #[cfg(target_family = "wasm")]
            const AT_FIRST: ::core::option::Option<$ty> = None;
            #[cfg(not(target_family = "wasm"))]
            const AT_FIRST: ::core::option::Option<$ty> = Some($value);
            ::std::thread_local! {
                static FETCHED: ::std::cell::Cell<::core::option::Option<$ty>> =
                    const { ::std::cell::Cell::new(AT_FIRST) };
            }
            $crate::edge::chunks::Chunk::new(&FETCHED, || ::std::boxed::Box::pin($fetch()))
        };
    };
    ($(#[$meta:meta])* $vis:vis static $name:ident: $props:ty = $module:ident, $fetch:ident => $view:path;) => {
        $crate::chunk! {
            value $(#[$meta])* $vis static $name: $crate::edge::chunks::View<$props> = $module, $fetch => { $view };
        }
    };
}

/// How long the browser may put off an idle fetch on a busy page, and the
/// wait where it has no `requestIdleCallback` (Safari), in milliseconds.
const IDLE_AT_LATEST_MS: u32 = 1000;
const NO_IDLE_CALLBACK_MS: u32 = 50;

/// Runs `then` when the browser is next idle (`requestIdleCallback`, which
/// comes after the frame being rendered is painted), or after a short
/// timeout where there is no such thing: for a chunk the first view does
/// not need before its first click, fetched right after it is on screen.
pub fn when_idle(then: impl FnOnce() + 'static) {
    let global = js_sys::global();
    let idle = js_sys::Reflect::get(&global, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|idle| idle.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &options,
                &JsValue::from_str("timeout"),
                &JsValue::from(IDLE_AT_LATEST_MS),
            );
            let _ = idle.call2(&global, &Closure::once_into_js(then), &options);
        }
        None => {
            gloo::timers::callback::Timeout::new(NO_IDLE_CALLBACK_MS, then).forget();
        }
    }
}
