//! Files at the edge: downloading the ratings, choosing a file and reading it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// The object URL of the last download, still valid.
    static LAST_DOWNLOAD: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Offers `text` (JSON) as a download named `name`.
pub fn download(name: &str, text: &str) -> Option<()> {
    download_as(name, text, "application/json")
}

/// Offers `text` as a download named `name` of type `kind`.
pub fn download_as(name: &str, text: &str, kind: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Some engines start the download only after the click has returned,
    // and find nothing if the URL is gone by then. So a download's URL is
    // revoked when the next one is made (long started by then): at most one
    // file's blob is kept, and no timer is needed.
    if let Some(previous) = LAST_DOWNLOAD.with(|last| last.replace(Some(url))) {
        let _ = web_sys::Url::revoke_object_url(&previous);
    }
    Some(())
}

/// The local day of `ms` (milliseconds since 1970) as `YYYY-MM-DD`, as
/// [`today`] names it: a snapshot's date.
pub fn day_of(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// Today's date as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The time now in milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Reads the first file chosen in `input` as text, then calls `done`. The
/// returned reader must be kept alive until then.
pub fn read_chosen(
    input: &web_sys::HtmlInputElement,
    done: impl FnOnce(Result<String, String>) + 'static,
) -> Option<gloo::file::callbacks::FileReader> {
    // Read no more than one byte past the largest file either format
    // accepts: enough for the reader to say it is too large, and a chosen
    // film or disk image is never read into memory whole.
    let limit = crate::core::model::LIMITS
        .file_bytes
        .max(crate::core::stored::MAX_BYTES);
    let start = input
        .files()?
        .get(0)?
        .slice_with_f64_and_f64(0.0, (limit + 1) as f64)
        .ok()?;
    let start = gloo::file::Blob::from(start);
    Some(gloo::file::callbacks::read_as_text(&start, move |result| {
        done(result.map_err(|err| err.to_string()))
    }))
}

/// A hidden file input and what opens it: the component renders `input`
/// (with `chosen` as its `onchange`) and calls `open` from its own button.
pub struct FilePicker {
    pub input: NodeRef,
    pub open: Callback<MouseEvent>,
    pub chosen: Callback<Event>,
}

/// Lets the person choose a file and reads it as text (see [`read_chosen`]),
/// then calls `read` with the text, or `Err` when the browser could not
/// read it.
#[hook]
pub fn use_file_picker(read: Callback<Result<String, String>>) -> FilePicker {
    let input = use_node_ref();
    // A file reader must live until it calls back.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let open = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let chosen = Callback::from(move |event: Event| {
        let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        let read = read.clone();
        let handle = read_chosen(&input, move |result| read.emit(result));
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        *reader.borrow_mut() = handle;
    });
    FilePicker {
        input,
        open,
        chosen,
    }
}
