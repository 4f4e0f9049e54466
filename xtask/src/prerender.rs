//! The built-in wheel's first view, rendered at build time into the module
//! (`cargo xtask dist`), so a visitor sees the real wheel, titles and all, at
//! its final size before any wasm has run.
//!
//! For each language the widget speaks and each mode that opens on the
//! wheel (rating, exploring), [`script`] renders `App`'s page natively with
//! Yew's server renderer: the frame (title, panel, tools, source) once, and
//! the wheel with its key once per layout the app picks for some width (its
//! rings and each ring's tier: titles, short titles or numbers; see
//! `core::labels::layout`), each for the middle of the widths it covers.
//! `src/js/element.js` inserts the frame, measures the wheel's box and the
//! widget as the app does (8 px steps) and puts in the wheel drawn for that
//! width, all before the first frame is painted. The pre-render is inert
//! (the wasm replaces it), so the segments' names and roles are left out.
//!
//! The stylesheet loads beside the module, after the first paint; the rules
//! the pre-render needs come with the module ([`critical_css`]) and are
//! dropped once the stylesheet is there.

use std::rc::Rc;

use competence_wheel::components::context::Shared;
use competence_wheel::components::key::key;
use competence_wheel::components::wheel::WheelSvg;
use competence_wheel::components::{App, AppProps};
use competence_wheel::core::color::DimensionPalette;
use competence_wheel::core::geometry::{wheel_geometry, COMPACT_RINGS, RINGS, VIEW};
use competence_wheel::core::i18n::{Language, DANISH, ENGLISH, NORWEGIAN};
use competence_wheel::core::labels::{layout, part_style, Tier, WIDE_WIDGET_PX};
use competence_wheel::core::options::Options;
use competence_wheel::core::ratings::Ratings;
use competence_wheel::core::scene::SceneInput;
use competence_wheel::core::state::{Mode, WheelState};
use yew::prelude::*;
use yew::LocalServerRenderer;

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime")
        .block_on(future)
}

fn render(language: &'static Language, mode: Mode, width: f64) -> String {
    let props = AppProps {
        wheel: Rc::new(language.wheel()),
        language,
        options: Options {
            sync_hash: false,
            ..Options::default()
        },
        open: None,
        mode,
        bridge: Default::default(),
        initial_width: width,
        initial_widget_width: None,
    };
    block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[derive(Properties)]
struct FigureProps {
    language: &'static Language,
    mode: Mode,
    wheel_px: f64,
    widget_px: f64,
}

impl PartialEq for FigureProps {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// The wheel and its key as `App`'s page draws them (components/app/views.rs)
/// for a wheel `wheel_px` wide in a widget `widget_px` wide.
#[component]
fn Figure(props: &FigureProps) -> Html {
    let wheel = use_memo((), |_| Rc::new(props.language.wheel()));
    let wheel: Rc<_> = (*wheel).clone();
    let state = use_reducer({
        let wheel = wheel.clone();
        let mode = props.mode;
        move || WheelState::new(wheel).with_mode(mode)
    });
    let strings = props.language.strings;
    let levels = Rc::new(if wheel.levels.is_empty() {
        strings.levels.iter().map(|l| (*l).to_owned()).collect()
    } else {
        wheel.levels.clone()
    });
    let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
    let standard = Rc::new(wheel_geometry(&counts, RINGS));
    let compact = Rc::new(wheel_geometry(&counts, COMPACT_RINGS));
    let ppu = props.wheel_px / VIEW;
    let (geometry, labels) = layout(
        &wheel,
        &standard,
        &compact,
        ppu,
        part_style(props.widget_px, 16.0),
    );
    let labels = Rc::new(labels);
    let palettes: Vec<_> = wheel
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| DimensionPalette::for_dimension(d, dim.color))
        .collect();
    let shared = Shared {
        wheel: wheel.clone(),
        strings,
        levels,
        dispatch: state.dispatcher(),
    };
    html! {
        <ContextProvider<Shared> context={shared}>
            <WheelSvg scene={SceneInput {
                wheel: wheel.clone(),
                geometry,
                labels: labels.clone(),
                palettes: Rc::new(palettes),
                strings,
                mode: props.mode,
                open: None,
                current: state.nav.current,
                ratings: Ratings::default(),
                level_count: state.level_count(),
                group: None,
                compare: None,
                dimmed: false,
                px_per_unit: ppu,
            }} />
            { key(&labels, &wheel, strings) }
        </ContextProvider<Shared>>
    }
}

fn figure(language: &'static Language, mode: Mode, wheel_px: f64, widget_px: f64) -> String {
    block_on(
        LocalServerRenderer::<Figure>::with_props(FigureProps {
            language,
            mode,
            wheel_px,
            widget_px,
        })
        .hydratable(false)
        .render(),
    )
}

/// The tiers a wheel `wheel_px` wide in a widget `widget_px` wide shows
/// (whether on the compact rings, and each ring's tier): what decides the
/// key under the wheel, and so the widget's height.
fn tiers(language: &'static Language, wheel_px: f64, widget_px: f64) -> (bool, Tier, Tier) {
    let wheel = language.wheel();
    let counts: Vec<usize> = wheel.dimensions.iter().map(|d| d.parts.len()).collect();
    let standard = Rc::new(wheel_geometry(&counts, RINGS));
    let compact = Rc::new(wheel_geometry(&counts, COMPACT_RINGS));
    let (geometry, labels) = layout(
        &wheel,
        &standard,
        &compact,
        wheel_px / VIEW,
        part_style(widget_px, 16.0),
    );
    (
        Rc::ptr_eq(&geometry, &compact),
        labels.dimension_tier,
        labels.part_tier,
    )
}

/// The languages pre-rendered, by the tag `element.js` maps a widget's
/// language to (as `edge::languages::entry` does).
const LANGUAGES: [(&str, &Language); 3] = [("da", &DANISH), ("en", &ENGLISH), ("nb", &NORWEGIAN)];
const MODES: [(&str, Mode); 2] = [("rate", Mode::Rate), ("explore", Mode::Explore)];
/// The narrowest wheel drawn, and the widest (`.cw__figure`'s max-width).
const NARROWEST: u32 = 96;
const WIDEST: u32 = 760;
/// The widest a drawing is shown at, as a multiple of the narrowest: its
/// text is set for the width in between, so at either end it is at most
/// this much smaller or larger than the app will set it.
const SPREAD: f64 = 1.6;

/// The width ranges (in the app's 8 px steps) that each share one drawing,
/// with the width each is drawn for.
fn ranges(language: &'static Language, wide: bool) -> Vec<(u32, u32, u32)> {
    // A wide widget (640 px or more) has a wheel of at least 47 % of it
    // beside the panel; a narrow one at most as wide as itself.
    let (from, to) = if wide {
        (296, WIDEST)
    } else {
        (NARROWEST, 632)
    };
    let widget = |w: u32| if wide { WIDE_WIDGET_PX } else { f64::from(w) };
    let mut ranges: Vec<(u32, u32)> = vec![];
    let mut last = None;
    for w in (from..=to).step_by(8) {
        let now = tiers(language, f64::from(w), widget(w));
        match ranges.last_mut() {
            Some((start, end))
                if last == Some(now) && f64::from(w) <= f64::from(*start) * SPREAD =>
            {
                *end = w;
            }
            _ => ranges.push((w, w)),
        }
        last = Some(now);
    }
    ranges
        .into_iter()
        .map(|(start, end)| {
            let middle = (f64::from(start) * f64::from(end)).sqrt();
            (start, end, ((middle / 8.0).round() * 8.0) as u32)
        })
        .collect()
}

/// The attributes that make a segment a button, which the inert
/// pre-render has no use for (and a reader would find dead).
const INERT_ATTRIBUTES: [&str; 9] = [
    "role",
    "tabindex",
    "aria-expanded",
    "aria-controls",
    "aria-label",
    "aria-describedby",
    "aria-hidden",
    "data-segment",
    "data-label-for",
];

fn without_names(svg: &str) -> String {
    let mut out = svg.to_owned();
    for name in INERT_ATTRIBUTES {
        let needle = format!(" {name}=\"");
        while let Some(at) = out.find(&needle) {
            let value = at + needle.len();
            let end = value + out[value..].find('"').unwrap_or(0) + 1;
            out.replace_range(at..end, "");
        }
    }
    while let Some(at) = out.find("<desc") {
        let end = out[at..]
            .find("</desc>")
            .map_or(out.len(), |e| at + e + "</desc>".len());
        out.replace_range(at..end, "");
    }
    out
}

/// The wheel's drawing in the pieces `element.js` puts it together from
/// (`cwDrawing`): the hub's circle, the hub's text (rating only), the
/// segments (with `cw-seg--unrated`, which exploring leaves out) and the
/// labels. Those of one width in one language differ only there, the
/// segments only with the rings.
struct Pieces {
    circle: String,
    hub: String,
    segments: String,
    labels: String,
}

const SVG_OPEN: &str = "<svg part=\"wheel\" viewBox=\"0 0 1000 1000\" class=\"cw-wheel\">";
const UNRATED: &str = " cw-seg--unrated";

fn pieces(svg: &str) -> Result<Pieces, String> {
    let broken = || format!("prerender: the wheel's drawing has changed shape: {svg:.200}");
    let body = svg
        .strip_prefix(SVG_OPEN)
        .and_then(|rest| rest.strip_suffix("</svg>"))
        .ok_or_else(broken)?;
    let circle_end = body.find("</circle>").ok_or_else(broken)? + "</circle>".len();
    let (circle, rest) = body.split_at(circle_end);
    let (hub, rest) = match rest.strip_prefix("<text") {
        Some(_) => rest.split_at(rest.find("</text>").ok_or_else(broken)? + "</text>".len()),
        None => ("", rest),
    };
    let labels_at = rest
        .find("<g class=\"cw-wheel__labels\">")
        .ok_or_else(broken)?;
    let (segments, labels) = rest.split_at(labels_at);
    Ok(Pieces {
        circle: circle.into(),
        hub: hub.into(),
        segments: segments.into(),
        labels: labels.into(),
    })
}

/// What `cwDrawing` in element.js does with the pieces.
fn drawing(pieces: &Pieces, rate: bool) -> String {
    let segments = if rate {
        pieces.segments.clone()
    } else {
        pieces.segments.replace(UNRATED, "")
    };
    let hub = if rate { pieces.hub.as_str() } else { "" };
    format!(
        "{SVG_OPEN}{}{hub}{segments}{}</svg>",
        pieces.circle, pieces.labels
    )
}

/// Strings kept once, named by their place.
#[derive(Default)]
struct Pool(Vec<String>);

impl Pool {
    fn add(&mut self, text: &str) -> usize {
        match self.0.iter().position(|t| t == text) {
            Some(at) => at,
            None => {
                self.0.push(text.to_owned());
                self.0.len() - 1
            }
        }
    }
}

/// The module's pre-render, as JavaScript: `cwPre`, `{ pool: [markup…], id,
/// <lang>: [rate frame, explore frame, [[wide, max, circle, segments, hub,
/// labels, key], …]] }` (numbers other than `wide` and `max` are places in
/// the pool), and `cwPreCss`, the rules it needs from `css` (the widget's
/// minified stylesheet).
pub fn script(css: &str) -> Result<String, String> {
    let mut pool = Pool::default();
    let mut languages = serde_json::Map::new();
    for (tag, language) in LANGUAGES {
        let mut entry = vec![];
        for (name, mode) in MODES {
            // The frame: App's page at some width, without its wheel and key.
            let app = render(language, mode, 480.0);
            let drawn = figure(language, mode, 480.0, 480.0);
            let split = drawn.find("</svg>").map(|at| at + "</svg>".len());
            let Some((svg, key)) = split.map(|at| drawn.split_at(at)) else {
                return Err(format!("prerender: no wheel in the {tag} {name} figure"));
            };
            let whole = format!("{svg}</div>{key}");
            if !app.contains(&whole) {
                return Err(format!(
                    "prerender: App's {tag} {name} page no longer draws the wheel and key as \
                     xtask/src/prerender.rs does (components/app/views.rs changed?)"
                ));
            }
            entry.push(serde_json::json!(
                pool.add(&app.replacen(&whole, "</div>", 1))
            ));
        }
        let mut drawings = vec![];
        for wide in [false, true] {
            let widget = |w: u32| if wide { WIDE_WIDGET_PX } else { f64::from(w) };
            for (_, max, at) in ranges(language, wide) {
                let mut parts = None;
                for (name, mode) in MODES {
                    let drawn = figure(language, mode, f64::from(at), widget(at));
                    let (svg, key) = drawn.split_at(drawn.find("</svg>").unwrap_or(0) + 6);
                    let svg = without_names(svg);
                    let rate = mode == Mode::Rate;
                    let (pieces, key) = parts.get_or_insert_with(|| (pieces(&svg), key.to_owned()));
                    let pieces = pieces.as_ref().map_err(Clone::clone)?;
                    // One set of pieces draws the wheel in either mode.
                    if drawing(pieces, rate) != svg
                        || key != drawn.split_at(drawn.find("</svg>").unwrap_or(0) + 6).1
                    {
                        return Err(format!(
                            "prerender: the {tag} wheel {at} px wide, {name}, is not drawn from \
                             the rating one's pieces as element.js puts them together"
                        ));
                    }
                }
                let (pieces, key) = parts.expect("two modes");
                let pieces = pieces?;
                drawings.push(serde_json::json!([
                    u8::from(wide),
                    max,
                    pool.add(&pieces.circle),
                    pool.add(&pieces.segments),
                    pool.add(&pieces.hub),
                    pool.add(&pieces.labels),
                    pool.add(&key),
                ]));
            }
        }
        entry.push(serde_json::Value::Array(drawings));
        languages.insert(tag.into(), serde_json::Value::Array(entry));
    }
    let css = critical_css(css, &classes(&format!("{SVG_OPEN}{}", pool.0.concat())));
    languages.insert("pool".into(), serde_json::json!(pool.0));
    // Where the widget keeps its ratings unless the host names a key
    // (`edge::storage::default_key`); the languages' wheels share one id.
    languages.insert("id".into(), serde_json::json!(DANISH.wheel().id));
    Ok(format!(
        "const cwPre = {};\nconst cwPreCss = {};\n",
        serde_json::Value::Object(languages),
        serde_json::Value::String(css)
    ))
}

/// Every class the markup names, and those `element.js` adds around it.
fn classes(markup: &str) -> std::collections::BTreeSet<String> {
    let mut set: std::collections::BTreeSet<String> = [
        "cw-host",
        "cw-host--inset",
        "cw-pre",
        "cw-placeholder",
        "cw-visually-hidden",
        "cw--explore",
        "cw--rate",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for part in markup.split(" class=\"").skip(1) {
        let value = part.split('"').next().unwrap_or("");
        set.extend(value.split_whitespace().map(String::from));
    }
    set
}

/// The rules of the minified stylesheet `css` that can apply to markup with
/// only `classes`: a selector is kept unless it needs a class the markup
/// lacks (what stands in parentheses, `:not(.x)` and the like, is not taken
/// as needed, so such a selector stays). At-rules keep the rules inside
/// them that stay; print rules go (the pre-render is never printed).
pub fn critical_css(css: &str, classes: &std::collections::BTreeSet<String>) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let prelude = rest[..open].trim();
        let body_end = open + block_end(&rest[open..]);
        let body = &rest[open + 1..body_end - 1];
        rest = &rest[body_end..];
        if let Some(at) = prelude.strip_prefix('@') {
            let grouping = ["media", "container", "supports", "layer"]
                .iter()
                .any(|name| at.starts_with(name));
            if at.starts_with("media print") {
                continue;
            }
            if grouping {
                let inner = critical_css(body, classes);
                if !inner.is_empty() {
                    out.push_str(&format!("{prelude}{{{inner}}}"));
                }
            } else if !at.starts_with("page") {
                out.push_str(&format!("{prelude}{{{body}}}"));
            }
            continue;
        }
        let kept: Vec<&str> = split_selectors(prelude)
            .into_iter()
            .filter(|selector| needed_classes(selector).iter().all(|c| classes.contains(c)))
            .collect();
        if !kept.is_empty() {
            out.push_str(&format!("{}{{{body}}}", kept.join(",")));
        }
    }
    out
}

/// The length of the block `text` starts with (`{` … its matching `}`).
fn block_end(text: &str) -> usize {
    let mut depth = 0;
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{') => depth += 1,
            (None, '}') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

fn split_selectors(list: &str) -> Vec<&str> {
    let mut parts = vec![];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&list[start..]);
    parts
}

/// The classes a selector needs, outside parentheses and brackets.
fn needed_classes(selector: &str) -> Vec<String> {
    let mut needed = vec![];
    let mut depth = 0;
    let mut chars = selector.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '.' if depth == 0 => {
                let mut name = String::new();
                while let Some(&(_, c)) = chars.peek() {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        name.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                needed.push(name);
            }
            _ => {}
        }
    }
    needed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(classes: &[&str]) -> std::collections::BTreeSet<String> {
        classes.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn only_rules_that_can_apply_stay() {
        let css =
            ".a{color:red}.b{color:blue}.a .b,.a>p{margin:0}.a:not(.c){x:1}@media print{.a{y:1}}\
                   @container (min-width:720px){.b{z:1}.a{z:2}}:host{display:block}";
        assert_eq!(
            critical_css(css, &set(&["a"])),
            ".a{color:red}.a>p{margin:0}.a:not(.c){x:1}@container (min-width:720px){.a{z:2}}:host{display:block}"
        );
    }

    #[test]
    fn every_language_and_mode_draws_the_wheel_for_every_width() {
        let script = script(".cw{color:red}.cw-seg__label{x:1}.cw-nothing{y:1}").unwrap();
        assert!(script.contains(".cw-seg__label{x:1}") && !script.contains("cw-nothing"));
        for title in [
            "Det digitale kompetencehjul for medarbejdere",
            "The digital competence wheel for employees",
        ] {
            assert!(script.contains(title), "{title}");
        }
        assert!(
            !script.contains("data-segment"),
            "the inert drawing has no buttons"
        );
    }
}
