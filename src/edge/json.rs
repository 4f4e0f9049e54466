//! Ratings documents read with the browser's `JSON.parse`: what storage,
//! an import and the `ratings` property hand the widget. The core's JSON
//! reader (`core::json::parse`) then serves only wheel files and the
//! editor's drafts, which live in chunks, so the first load carries none of
//! it, and stored ratings are read before the first render with no fetch.

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::{Node, Value};
use crate::core::ratings::Ratings;
use crate::core::stored::{self, DecodeError};

/// How deep a document may nest (a ratings document needs 3): deeper is
/// refused rather than walked.
const MAX_DEPTH: usize = 32;

/// Reads a ratings document for the wheel `wheel_id`, by the rules of
/// `stored::decode`. A syntax error has no line and column here: the
/// browsers' messages for them differ, and no one is shown them.
pub fn decode(text: &str, wheel_id: &str) -> Result<Ratings, DecodeError> {
    if text.len() > stored::MAX_BYTES {
        return Err(DecodeError::TooLarge(stored::MAX_BYTES));
    }
    let syntax = DecodeError::Syntax { line: 0, column: 0 };
    let value = js_sys::JSON::parse(text).map_err(|_| syntax.clone())?;
    let document = node(&value, 0).ok_or(syntax)?;
    stored::decode_tree(&document, wheel_id)
}

/// The tree `core::json` would have read (positions unknown); `None` when
/// it nests deeper than [`MAX_DEPTH`].
fn node(value: &JsValue, depth: usize) -> Option<Node> {
    if depth > MAX_DEPTH {
        return None;
    }
    let value = if let Some(text) = value.as_string() {
        Value::String(text)
    } else if value.as_f64().is_some() {
        // The number as JavaScript writes it, which is JSON (`3`, `0.5`,
        // `1e+21`): the core reads numbers from their text.
        Value::Number(
            value
                .unchecked_ref::<js_sys::Number>()
                .to_string_with_radix(10)
                .ok()?
                .into(),
        )
    } else if let Some(flag) = value.as_bool() {
        Value::Bool(flag)
    } else if Array::is_array(value) {
        let items = value.unchecked_ref::<Array>().iter();
        Value::Array(
            items
                .map(|item| node(&item, depth + 1))
                .collect::<Option<_>>()?,
        )
    } else if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        Value::Object(
            entries
                .iter()
                .map(|entry| {
                    let entry = entry.unchecked_into::<Array>();
                    let key = entry.get(0).as_string()?;
                    Some((key, node(&entry.get(1), depth + 1)?))
                })
                .collect::<Option<_>>()?,
        )
    } else {
        Value::Null
    };
    Some(Node {
        value,
        line: 0,
        column: 0,
    })
}
