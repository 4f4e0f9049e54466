//! The JavaScript-facing entry points, compiled only for the browser. The
//! custom element and `mount()` in `src/js/element.js` create a shadow root
//! and call [`mount_widget`] with the element to render into.

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::components::root::{Root, RootProps};
use crate::core::color::Rgb;
use crate::core::options::Options;
use crate::core::state::Mode;
use crate::core::stored::DecodeError;
use crate::edge::host::Bridge;

/// How many `--cw-dimension-N` theme colours are read from the host.
const THEMED_DIMENSIONS: usize = 8;

/// A mounted widget. `destroy` unmounts it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<Root>>,
    host: web_sys::Element,
    bridge: Bridge,
    initial_width: f64,
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options (after an attribute changed).
    pub fn update(&mut self, options: JsValue) {
        let props = RootProps {
            options: read_options(&self.host, &options),
            bridge: self.bridge.clone(),
            initial_width: self.initial_width,
            prerendered: false,
            initial_widget_width: None,
        };
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    /// The current ratings as a stored document, or `null` when not rating.
    pub fn ratings(&self) -> JsValue {
        self.bridge
            .latest()
            .and_then(|text| js_sys::JSON::parse(&text).ok())
            .unwrap_or(JsValue::NULL)
    }

    /// Replaces the ratings with a stored document or a map of part id to
    /// level (an object or its JSON text). Throws a `TypeError` when the
    /// value is not ratings for this wheel, or the widget is not rating.
    #[wasm_bindgen(js_name = setRatings)]
    pub fn set_ratings(&self, value: JsValue) -> Result<(), JsValue> {
        let text = match value.as_string() {
            Some(text) => text,
            None => js_sys::JSON::stringify(&value)
                .ok()
                .and_then(|t| t.as_string())
                .ok_or_else(|| type_error("ratings must be an object or JSON text"))?,
        };
        let wheel_id = self
            .bridge
            .wheel_id()
            .ok_or_else(|| type_error("the widget is not in rate mode"))?;
        let ratings = crate::edge::json::decode(&text, &wheel_id).map_err(|err| match err {
            // The browser's parser gives no line and column.
            DecodeError::Syntax { .. } => type_error("not valid JSON"),
            err => type_error(&err.to_string()),
        })?;
        self.bridge.replace(ratings);
        Ok(())
    }

    /// Unmounts the widget and frees its resources.
    pub fn destroy(mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Renders the widget into `root` (inside `host`'s shadow root), configured
/// by `options` (`{ lang, mode, src, storageKey, readonly }`).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: web_sys::Element, host: web_sys::Element, options: JsValue) -> Widget {
    // With `panic = "abort"` a panic is a bare "unreachable" trap that says
    // nothing; thrown as an error first, it names the file and line in the
    // console, the host's error handler sees it, and the element shim
    // (src/js/element.js) knows the instance is dead by the message's start
    // and offers a fresh one. Through Yew's own setter: `Renderer::render`
    // replaces any hook set with `std::panic::set_hook` by its console
    // logger, after which a panic ends in that bare trap after all.
    yew::set_custom_panic_hook(Box::new(|info| {
        wasm_bindgen::throw_str(&format!("competence-wheel stopped: {info}"))
    }));
    // The memory the widget will need, asked for before anything is drawn.
    crate::edge::memory::reserve();
    let bridge = Bridge::new(host.clone().into());
    let given = |name: &str| js_sys::Reflect::get(&options, &JsValue::from_str(name)).ok();
    // Where the element drew the first view, it measured the wheel's box
    // and the widget's (in the app's 8 px steps): the first frame is laid
    // out for them, so it is as tall as the last.
    let prerendered = given("prerendered").and_then(|v| v.as_bool()) == Some(true);
    let measured = |name: &str| given(name).and_then(|v| v.as_f64()).filter(|px| *px > 0.0);
    let initial_width = measured("initialWheel")
        .unwrap_or_else(|| root.get_bounding_client_rect().width().max(280.0));
    let initial_widget_width = measured("initialWidget");
    let props = RootProps {
        options: read_options(&host, &options),
        bridge: bridge.clone(),
        initial_width,
        prerendered,
        initial_widget_width,
    };
    let handle = yew::Renderer::<Root>::with_root_and_props(root, props).render();
    Widget {
        handle: Some(handle),
        host,
        bridge,
        initial_width,
    }
}

fn read_options(host: &web_sys::Element, options: &JsValue) -> Options {
    let text = |name: &str| {
        js_sys::Reflect::get(options, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    // An unknown mode counts as none given: the widget rates, as documented.
    let given = text("mode").and_then(|value| {
        let mode = Mode::parse(&value);
        if mode.is_none() {
            warn(&format!(
                "competence-wheel: unknown mode \"{value}\"; using \"rate\""
            ));
        }
        mode
    });
    let readonly = js_sys::Reflect::get(options, &JsValue::from_str("readonly"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Options {
        lang: text("lang").map(Into::into),
        mode: given,
        src: text("src").map(Into::into),
        storage_key: text("storageKey").map(Into::into),
        readonly,
        colors: theme_colors(host),
        sync_hash: true,
    }
}

/// The host theme's `--cw-dimension-1` … colours (hex only; others ignored).
fn theme_colors(host: &web_sys::Element) -> Vec<Option<Rgb>> {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(host).ok().flatten())
    else {
        return Vec::new();
    };
    (1..=THEMED_DIMENSIONS)
        .map(|n| {
            let value = style
                .get_property_value(&format!("--cw-dimension-{n}"))
                .ok()?;
            let value = value.trim();
            if value.is_empty() {
                return None;
            }
            let parsed = Rgb::parse_hex(value);
            if parsed.is_none() {
                warn(&format!(
                    "competence-wheel: --cw-dimension-{n} must be a #rrggbb colour, not \"{value}\""
                ));
            }
            parsed
        })
        .collect()
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}
