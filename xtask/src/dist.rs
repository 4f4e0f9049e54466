//! Builds `dist/`, the files an intranet page embeds:
//!
//! - `competence-wheel.js`   ES module: wasm-bindgen's glue plus the custom element
//! - `competence-wheel.wasm` the widget's first load, release-built, run through wasm-opt -Oz
//! - `competence-wheel.<name>.wasm` chunks the widget fetches on first use
//!   (split at each `#[wasm_split]` function, see src/components/lazy.rs),
//!   and `competence-wheel.chunks.js`, their loaders, fetched with the first
//!   chunk
//! - `competence-wheel.css`  the widget's stylesheet (loaded into its shadow root),
//!   `styles/*.css` concatenated in [`STYLES`] order
//! - `frame.html`, `frame.js`, `frame.css`  a page to embed with an iframe
//! - `editor.html`, `competence-wheel-editor.css`  the wheel editor
//! - `group.html`  the group's wheel, for a trainer to paste codes into
//! - `page.css`  the plain frame of the editor's and the group's pages
//!
//! Every file but the entry module (`competence-wheel.js`) and the pages
//! (`*.html`) carries a content hash in its name, `competence-wheel.share.wasm`
//! as `competence-wheel.share.<hash>.wasm` (see [`hashed_name`]), and the
//! entry and the pages name them so. A server can then let browsers keep those
//! files for a year (`immutable`) while it sends the entry and the pages with
//! `no-cache`: after a new upload the browser fetches the new entry, which
//! names only new files, so an old chunk is never paired with a new main
//! module (a split module and its chunks must match exactly).
//!
//! JavaScript and CSS are minified with esbuild, and every file gets `.gz`
//! and `.br` siblings so a server can send them precompressed.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::{imports, root, run, segments};

/// wasm-opt's passes for the main module and the chunks (see `optimise`).
pub const WASM_OPT_PASSES: &[&str] = &["-Oz", "-ocimfs", "10", "--converge"];
pub const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-reference-types",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-multivalue",
    "--enable-mutable-globals",
];

pub fn build() -> Result<(), String> {
    build_with_features(&[])
}

/// `build` with the crate's `features` on (`cargo xtask stress --diag`).
pub fn build_with_features(features: &[&str]) -> Result<(), String> {
    crate::wheels::check(&root())?;
    run(&mut release_build(features))?;
    package()
}

/// The release build of the widget's wasm, with the crate's `features` on,
/// which [`package`] takes apart. Without the clippy-driver that `.ci/run`
/// sets for the native builds: clippy-driver compiles with MIR
/// optimisations off, and the wasm must be rustc's own.
pub fn release_build(features: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command
        .args([
            "build",
            "--release",
            "--lib",
            "--package",
            "competence-wheel",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .args(features.iter().flat_map(|feature| ["--features", feature]))
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CLIPPY_ARGS");
    command
}

/// Builds `dist/` from the wasm [`release_build`] built.
pub fn package() -> Result<(), String> {
    let root = root();
    let dist = root.join("dist");
    // No chunk of an earlier build may linger beside the new ones.
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|err| format!("cannot empty dist/: {err}"))?;
    }
    fs::create_dir_all(&dist).map_err(|err| format!("cannot create dist/: {err}"))?;

    let bindgen = root.join("target/wasm-bindgen");
    let chunks = split(
        &root.join("target/wasm32-unknown-unknown/release/competence_wheel.wasm"),
        &bindgen,
    )?;
    // wasm-bindgen as a library, with what its CLI's
    // `--target web --no-typescript --keep-lld-exports` sets.
    eprintln!("$ wasm-bindgen (library) --target web --keep-lld-exports main.wasm");
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(bindgen.join("main.wasm"))
        .web(true)
        .map_err(|err| format!("wasm-bindgen: {err:#}"))?
        .typescript(false)
        .demangle(true)
        // The chunks import the function table from the main module.
        .keep_lld_exports(true)
        .out_name("competence-wheel")
        // The element always passes the wasm's URL to the glue's init; the
        // default path the CLI writes names a file dist/ does not have.
        .omit_default_module_path(true)
        .generate(&bindgen)
        .map_err(|err| format!("wasm-bindgen: {err:#}"))?;
    let main_wasm = bindgen.join("competence-wheel_bg.wasm");
    let glue_path = bindgen.join("competence-wheel.js");
    let wasm = fs::read(&main_wasm).map_err(|err| format!("cannot read the main wasm: {err}"))?;
    let (wasm, glue) = imports::shorten(&wasm, &read(&glue_path)?)?;
    fs::write(&main_wasm, wasm).map_err(|err| format!("cannot write the main wasm: {err}"))?;
    write(&glue_path, &glue)?;
    let mut jobs = vec![(
        bindgen.join("competence-wheel_bg.wasm"),
        dist.join("competence-wheel.wasm"),
    )];
    jobs.extend(
        chunks
            .iter()
            .map(|chunk| (bindgen.join(chunk), dist.join(chunk))),
    );
    optimise_all(jobs)?;
    let mut names = Names::default();

    // The main module's bytes go into every chunk's hash too: a chunk is
    // only ever fetched beside the main module it was split from, even if
    // its own bytes happened not to change.
    let main =
        fs::read(dist.join(MAIN_WASM)).map_err(|err| format!("cannot read {MAIN_WASM}: {err}"))?;
    names.rename(&dist, MAIN_WASM, &[&main])?;
    for chunk in &chunks {
        let bytes =
            fs::read(dist.join(chunk)).map_err(|err| format!("cannot read {chunk}: {err}"))?;
        names.rename(&dist, chunk, &[&bytes, &main])?;
    }
    // The loaders name the chunks by their hashed names (split() checked
    // that each is named exactly once).
    let mut loaders = read(&bindgen.join(CHUNK_LOADERS))?;
    for chunk in &chunks {
        loaders = loaders.replace(
            &format!("\"./{chunk}\""),
            &format!("\"./{}\"", names.get(chunk)?),
        );
    }
    let named = bindgen.join("competence-wheel.chunks.named.js");
    write(&named, &loaders)?;
    minify(&named, &dist.join(CHUNK_LOADERS))?;
    let bytes = fs::read(dist.join(CHUNK_LOADERS))
        .map_err(|err| format!("cannot read {CHUNK_LOADERS}: {err}"))?;
    names.rename(&dist, CHUNK_LOADERS, &[&bytes])?;

    // One stylesheet from the per-component files, in cascade order.
    let mut styles = String::new();
    for name in STYLES {
        styles.push_str(&read(&root.join("styles").join(format!("{name}.css")))?);
        styles.push('\n');
    }
    let concatenated = root.join("target/competence-wheel.css");
    write(&concatenated, &styles)?;
    minify(&concatenated, &dist.join(WIDGET_CSS))?;
    // The editor's stylesheet, which only the editor loads. The editor finds
    // it from the widget's own stylesheet link (`competence-wheel.<hash>.css`
    // gives `competence-wheel-editor.<hash>.css`, see
    // src/components/editor/mod.rs), so both carry one hash, of both files.
    minify(&root.join("styles/editor.css"), &dist.join(EDITOR_CSS))?;
    let widget_css = fs::read(dist.join(WIDGET_CSS))
        .map_err(|err| format!("cannot read {WIDGET_CSS}: {err}"))?;
    let editor_css = fs::read(dist.join(EDITOR_CSS))
        .map_err(|err| format!("cannot read {EDITOR_CSS}: {err}"))?;
    names.rename(&dist, WIDGET_CSS, &[&widget_css, &editor_css])?;
    names.rename(&dist, EDITOR_CSS, &[&widget_css, &editor_css])?;

    // One module: wasm-bindgen's glue, the chunk loaders' stubs (which import
    // the glue's `initSync` back: esbuild resolves the cycle inside the
    // bundle) and the custom element, each naming the hashed files.
    let stubs = bindgen.join(LOADERS);
    write(
        &stubs,
        &names.replace(&read(&stubs)?, &[CHUNK_LOADERS], '"')?,
    )?;
    let glue = without_deprecation_warnings(&read(&bindgen.join("competence-wheel.js"))?)?;
    let element = names.replace(
        &read(&root.join("src/js/element.js"))?,
        &[MAIN_WASM, WIDGET_CSS],
        '\'',
    )?;
    // The first view, drawn before any wasm has run (prerender.rs), with
    // the rules it needs from the stylesheet.
    let prerendered = crate::prerender::script(&String::from_utf8_lossy(&widget_css))?;
    let module = bindgen.join(MODULE);
    write(&module, &format!("{glue}\n{prerendered}\n{element}"))?;
    bundle(&module, &dist.join(ENTRY))?;

    // The iframe page, for intranets that allow an iframe but no script.
    for file in ["frame.js", "frame.css"] {
        minify(&root.join("src/js").join(file), &dist.join(file))?;
        let bytes =
            fs::read(dist.join(file)).map_err(|err| format!("cannot read {file}: {err}"))?;
        names.rename(&dist, file, &[&bytes])?;
    }
    // The plain frame of dist's own pages.
    minify(&root.join("src/js/page.css"), &dist.join("page.css"))?;
    let bytes =
        fs::read(dist.join("page.css")).map_err(|err| format!("cannot read page.css: {err}"))?;
    names.rename(&dist, "page.css", &[&bytes])?;
    // The pages: the iframe's, the editor's and the group's (for a trainer
    // to paste codes into before any participant's link was opened).
    for (page, files) in [
        ("frame.html", &["frame.css", "frame.js"][..]),
        ("editor.html", &["page.css"][..]),
        ("group.html", &["page.css"][..]),
    ] {
        let text = names.replace(&read(&root.join("src/js").join(page))?, files, '"')?;
        write(&dist.join(page), &text)?;
    }
    only_hashed_names(&dist)?;
    compress(&dist)?;
    for (name, hashed) in &names.0 {
        println!("dist/{name:<36} dist/{hashed}");
    }
    println!("dist/{ENTRY:<36} dist/{ENTRY} (the entry: send it with no-cache)");
    crate::package::write(&dist)?;
    eprintln!("dist/ built ({} chunks)", chunks.len());
    Ok(())
}

/// The entry module, the one script file whose name never changes.
pub const ENTRY: &str = "competence-wheel.js";
const MAIN_WASM: &str = "competence-wheel.wasm";
const WIDGET_CSS: &str = "competence-wheel.css";
const EDITOR_CSS: &str = "competence-wheel-editor.css";
/// Hex digits of the content hash in a file's name: 40 bits, so two builds
/// of one file name collide about once in a trillion.
const HASH_DIGITS: usize = 10;

/// `name` with the content hash of `parts` before its extension:
/// `competence-wheel.share.wasm` becomes `competence-wheel.share.<hash>.wasm`
/// (the first [`HASH_DIGITS`] hex digits of the SHA-256 of the parts, each
/// prefixed with its length so that no two ways of cutting the same bytes
/// give one hash).
pub fn hashed_name(name: &str, parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    let hex: String = hasher.finalize()[..HASH_DIGITS.div_ceil(2)]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    format!("{stem}.{}.{extension}", &hex[..HASH_DIGITS])
}

/// Whether `name` is a file name [`hashed_name`] wrote.
pub fn is_hashed(name: &str) -> bool {
    unhashed(name).is_some()
}

/// The name a hashed file had before its hash (`competence-wheel.<hash>.wasm`
/// is `competence-wheel.wasm`), or `None` if `name` carries no hash.
pub fn unhashed(name: &str) -> Option<String> {
    let (rest, extension) = name.rsplit_once('.')?;
    let (stem, hash) = rest.rsplit_once('.')?;
    let is_hash = hash.len() == HASH_DIGITS
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (is_hash && !stem.is_empty()).then(|| format!("{stem}.{extension}"))
}

/// Whether a server may let browsers keep the file at `name` for a year:
/// everything in dist/ but the entry and the pages carries a hash.
pub fn is_entry_or_page(name: &str) -> bool {
    name == ENTRY || name.ends_with(".html")
}

/// The names given so far: each file's plain name and its hashed one.
#[derive(Default)]
struct Names(Vec<(String, String)>);

impl Names {
    /// Renames `dir/name` to its hashed name (the hash of `parts`).
    fn rename(&mut self, dir: &Path, name: &str, parts: &[&[u8]]) -> Result<(), String> {
        let hashed = hashed_name(name, parts);
        fs::rename(dir.join(name), dir.join(&hashed))
            .map_err(|err| format!("cannot rename {name} to {hashed}: {err}"))?;
        self.0.push((name.to_owned(), hashed));
        Ok(())
    }

    fn get(&self, name: &str) -> Result<&str, String> {
        self.0
            .iter()
            .find(|(plain, _)| plain == name)
            .map(|(_, hashed)| hashed.as_str())
            .ok_or_else(|| format!("{name} has no hashed name yet"))
    }

    /// `text` with each of `files`, quoted with `quote` (possibly after a
    /// `./`), replaced by its hashed name; each must occur at least once, so
    /// a source that stops naming a file stops the build instead of
    /// shipping a page that fetches what dist/ does not have.
    fn replace(&self, text: &str, files: &[&str], quote: char) -> Result<String, String> {
        let mut text = text.to_owned();
        for file in files {
            let hashed = self.get(file)?;
            let mut found = false;
            for prefix in ["", "./"] {
                let plain = format!("{quote}{prefix}{file}{quote}");
                found |= text.contains(&plain);
                text = text.replace(&plain, &format!("{quote}{prefix}{hashed}{quote}"));
            }
            if !found {
                return Err(format!("expected a quoted {file} to rename, found none"));
            }
        }
        Ok(text)
    }
}

/// Fails if a file in `dist` (not counting the `.gz` and `.br` siblings
/// written later) is neither the entry, a page nor hashed: the README tells
/// servers to let browsers keep every other file for a year.
fn only_hashed_names(dist: &Path) -> Result<(), String> {
    let entries = fs::read_dir(dist).map_err(|err| format!("cannot read dist/: {err}"))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_entry_or_page(&name) && !is_hashed(&name) {
            return Err(format!("dist/{name} has no content hash in its name"));
        }
    }
    Ok(())
}

/// The module esbuild bundles into `dist/competence-wheel.js`.
const MODULE: &str = "competence-wheel.module.js";
/// The glue without its two warnings about the init functions' deprecated
/// parameters: the element and the chunk loaders never pass those, and the
/// warnings' text cost the first load bytes. wasm-bindgen is pinned to one
/// version (Cargo.toml); if its glue no longer has them, the build stops
/// here instead of quietly shipping them.
fn without_deprecation_warnings(glue: &str) -> Result<String, String> {
    const WARNINGS: [&str; 2] = [
        "console.warn('using deprecated parameters for `initSync()`; pass a single object instead')",
        "console.warn('using deprecated parameters for the initialization function; pass a single object instead')",
    ];
    let mut glue = glue.to_owned();
    for warning in WARNINGS {
        if !glue.contains(warning) {
            return Err(format!("wasm-bindgen's glue has changed: no {warning}"));
        }
        glue = glue.replace(warning, "");
    }
    Ok(glue)
}

/// The chunk loaders' module, which the main wasm imports.
const LOADERS: &str = "__wasm_split.js";

/// Splits the linked wasm at its `#[wasm_split]` functions: writes
/// `main.wasm` (for wasm-bindgen), one `competence-wheel.<name>.wasm` per
/// chunk and the loaders' module into `out`, and returns the chunks' file
/// names. Each loader fetches its chunk relative to the module's own URL
/// (`new URL(…, import.meta.url)`), so dist/ works from any folder.
fn split(input: &Path, out: &Path) -> Result<Vec<String>, String> {
    let wasm = fs::read(input).map_err(|err| format!("cannot read {}: {err}", input.display()))?;
    if out.exists() {
        fs::remove_dir_all(out).map_err(|err| format!("cannot empty {}: {err}", out.display()))?;
    }
    let main = out.join("main.wasm");
    let link_name = format!("./{LOADERS}");
    let main_module = format!("./{MODULE}");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = out;
    options.main_out_path = &main;
    options.link_name = &link_name;
    options.main_module = &main_module;
    let result = wasm_split_cli_support::transform(options)
        .map_err(|err| format!("cannot split the wasm into chunks: {err:#}"))?;

    // The tool names chunks `split_<name>.wasm` and `chunk_<n>.wasm`; in
    // dist/ they sit beside competence-wheel.wasm, so they carry its name.
    let loaders_path = out.join(LOADERS);
    let mut loaders = read(&loaders_path)?;
    let mut chunks = Vec::new();
    for path in &result.split_modules {
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or_else(|| format!("odd chunk name {}", path.display()))?;
        let quoted = format!("\"./{stem}.wasm\"");
        if loaders.matches(&quoted).count() != 1 {
            return Err(format!("{LOADERS} does not fetch {stem}.wasm exactly once"));
        }
        let name = format!(
            "competence-wheel.{}.wasm",
            stem.trim_start_matches("split_")
        );
        loaders = loaders.replace(&quoted, &format!("\"./{name}\""));
        // Not a byte of a chunk may land outside its own data: no gaps filled.
        merge_segments(path, &out.join(&name), 0)?;
        fs::remove_file(path).map_err(|err| format!("cannot remove {stem}: {err}"))?;
        chunks.push(name);
    }
    chunks.sort();
    // The loaders are fetched with the first chunk, not with the page: the
    // main module gets stubs (in place of the loaders' module) that import
    // competence-wheel.chunks.js on first use and hand it the glue's
    // `initSync`, which the loaders call for the main module's exports.
    let import_main = format!("import {{ initSync }} from \"{main_module}\";");
    if !loaders.contains(&import_main) {
        return Err(format!("{LOADERS} does not import initSync from {MODULE}"));
    }
    let loaders = loaders.replace(
        &import_main,
        "let initSync, fail;\nexport function link(init, report) { initSync = init; fail = report; }",
    );
    // A chunk that fails is reported through the stubs' `fail` (see
    // loader_stubs), which knows whether the page is being left.
    let report = "            console.error(e);\n";
    if loaders.matches(report).count() != 1 {
        return Err(format!(
            "{LOADERS} does not report a failed chunk exactly once"
        ));
    }
    let loaders = loaders.replace(report, "            await fail(e);\n");
    write(&out.join(CHUNK_LOADERS), &loaders)?;
    write(&loaders_path, &loader_stubs(&loaders, &main_module))?;
    crate::size_top::keep_named_copy(&main)?;
    merge_segments(&main, &main, segments::MAIN_GAP)?;
    Ok(chunks)
}

/// How long the report of a chunk that failed while the page was being left
/// waits (see [`loader_stubs`]): longer than a navigation takes to replace a
/// page, short enough that a person who stayed soon sees "try again".
const LEAVING_REPORT_MS: u32 = 5000;

/// The chunk loaders' file in dist/, fetched with the first chunk.
const CHUNK_LOADERS: &str = "competence-wheel.chunks.js";

/// A stub for every loader in `loaders` (named without the common prefix,
/// which costs the first load bytes per chunk): it imports the loaders' file on
/// first use (again after a failure) and calls the real loader. If the file
/// cannot be fetched, it tells the wasm the chunk failed, as a loader does.
///
/// A failure while the page is being left is no failure: Firefox cuts off a
/// page's fetches when the tab leaves it, and the page, still running (after
/// `beforeunload`, before `pagehide`), logged an error for every chunk on its
/// way (issue 28: the idle `rate` chunk, cut off by a reload). Such a
/// failure's report (the console's error, and the widget's "try again" line,
/// which the wasm shows when told) waits [`LEAVING_REPORT_MS`]: a page that
/// is really left never gives it, one that stayed (a navigation that became a
/// download) still does. The `beforeunload` listener is there only while a
/// chunk loads, since Firefox keeps a page with one out of its back-forward
/// cache.
fn loader_stubs(loaders: &str, main_module: &str) -> String {
    let mut stubs = format!(
        r#"import {{ initSync }} from "{main_module}";
let loaders, loading = 0, leaving;
const leave = () => (leaving = 1);
const fail = async (error) => {{
    if (leaving) await new Promise((resolve) => setTimeout(resolve, {LEAVING_REPORT_MS}));
    console.error(error);
}};
function stub(name) {{
    return async (index, data) => {{
        if (!loading++) {{
            leaving = 0;
            addEventListener("beforeunload", leave);
        }}
        try {{
            let loader;
            try {{
                // import() takes the URL as its string. A module restarted after
                // a trap is imported with a query (element.js): its loaders too,
                // so they link its own instance, not the dead one.
                loaders ??= import(new URL("./{CHUNK_LOADERS}" + new URL(import.meta.url).search, import.meta.url)).then((m) => (m.link(initSync, fail), m));
                loader = (await loaders)["__wasm_split_load_" + name];
            }} catch (error) {{
                loaders = undefined;
                await fail(error);
                initSync().__indirect_function_table.get(index)(data, false);
                return;
            }}
            await loader(index, data);
        }} finally {{
            if (!--loading) removeEventListener("beforeunload", leave);
        }}
    }};
}}
"#
    );
    for line in loaders.lines() {
        let Some(rest) = line.strip_prefix("export const __wasm_split_load_") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let _ = writeln!(
            stubs,
            "export const __wasm_split_load_{name} = stub(\"{name}\");"
        );
    }
    stubs
}

/// Writes the module at `from` to `to` with its data segments merged (see
/// segments.rs), or unchanged when they cannot be.
fn merge_segments(from: &Path, to: &Path, max_gap: u32) -> Result<(), String> {
    let wasm = fs::read(from).map_err(|err| format!("cannot read {}: {err}", from.display()))?;
    let merged = segments::merge(&wasm, max_gap)?.unwrap_or_else(|| {
        eprintln!("note: {}: data segments left unmerged", from.display());
        wasm
    });
    fs::write(to, merged).map_err(|err| format!("cannot write {}: {err}", to.display()))
}

/// Runs wasm-opt on every `(from, to)` job, as many at once as there are
/// cores: npm's wasm-opt is Binaryen compiled to JavaScript and uses one core,
/// and on a 2-core machine the main module alone takes as long as all the
/// chunks together. Jobs are taken in order, so put the largest first.
fn optimise_all(jobs: Vec<(PathBuf, PathBuf)>) -> Result<(), String> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let queue = std::sync::Mutex::new(jobs.into_iter());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| loop {
                    // The lock is released at the end of this statement.
                    let job = queue.lock().map_err(|_| "a wasm-opt worker failed")?.next();
                    match job {
                        Some((from, to)) => optimise(&from, &to)?,
                        None => return Ok::<(), String>(()),
                    }
                })
            })
            .collect();
        handles.into_iter().try_for_each(|handle| {
            handle
                .join()
                .map_err(|_| "a wasm-opt worker panicked".to_string())?
        })
    })
}

/// Runs wasm-opt on the main module or a chunk.
fn optimise(from: &Path, to: &Path) -> Result<(), String> {
    run(Command::new(root().join("node_modules/.bin/wasm-opt"))
        .arg(from)
        // Measured on this wheel (`cargo xtask bench`): inlining functions
        // with one caller up to 10 instructions and iterating to a fixed
        // point gives 7 % less gzip than plain -Oz; 5–50 were all within
        // 1.5 % of it.
        .args(WASM_OPT_PASSES)
        .args(["--strip-debug", "--strip-producers"])
        .args(WASM_OPT_FEATURES)
        .arg("-o")
        .arg(to))
}

/// Bundles the module and the modules it imports into one minified file.
/// ES2022, not older: every browser the widget runs in (the stylesheet's
/// `light-dark()` needs Chrome 123, Firefox 120, Safari 17.5) has the
/// element's private fields and `??=`, and lowering them for ES2020 cost
/// the entry 424 bytes gzipped (helper calls for every `this.#field`).
fn bundle(from: &Path, to: &Path) -> Result<(), String> {
    run(Command::new(root().join("node_modules/.bin/esbuild"))
        .arg(from)
        .args([
            "--bundle",
            "--format=esm",
            "--minify",
            "--log-level=warning",
            "--target=es2022",
        ])
        .arg(format!("--outfile={}", to.display())))
}

/// The widget's stylesheets (`styles/<name>.css`), one per component, in the
/// order they are concatenated: the frame and shared buttons first, then each
/// component with its own forced-colours, present and print rules beside its
/// base rules; presenting last, since a slide restyles the others' blocks.
pub const STYLES: &[&str] = &[
    "base", "buttons", "wheel", "key", "root", "panel", "rating", "notices", "toolbar", "profile",
    "share", "group", "present",
];

/// Minifies a JavaScript module or a stylesheet with esbuild (by extension).
fn minify(from: &Path, to: &Path) -> Result<(), String> {
    run(Command::new(root().join("node_modules/.bin/esbuild"))
        .arg(from)
        .args(["--minify", "--log-level=warning", "--target=es2020"])
        .arg(format!("--outfile={}", to.display())))
}

/// Writes `.gz` (gzip -9) and `.br` (brotli 11) beside every file in `dir`.
fn compress(dir: &Path) -> Result<(), String> {
    run(Command::new("node")
        .arg(root().join("xtask/compress.mjs"))
        .arg(dir))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hashed_name_keeps_the_plain_name_around_its_hash() {
        let name = hashed_name("competence-wheel.share.wasm", &[b"chunk", b"main"]);
        assert!(name.starts_with("competence-wheel.share."), "{name}");
        assert!(name.ends_with(".wasm"), "{name}");
        assert_eq!(
            name.len(),
            "competence-wheel.share.wasm".len() + HASH_DIGITS + 1
        );
        assert_eq!(
            unhashed(&name).as_deref(),
            Some("competence-wheel.share.wasm")
        );
        assert!(is_hashed(&name));
    }

    #[test]
    fn the_hash_follows_every_part() {
        let name = |parts: &[&[u8]]| hashed_name("competence-wheel.share.wasm", parts);
        assert_eq!(name(&[b"chunk", b"main"]), name(&[b"chunk", b"main"]));
        assert_ne!(name(&[b"chunk", b"main"]), name(&[b"chunk", b"main 2"]));
        assert_ne!(name(&[b"chunk", b"main"]), name(&[b"chunk 2", b"main"]));
        assert_ne!(name(&[b"ab", b"c"]), name(&[b"a", b"bc"]));
    }

    #[test]
    fn plain_names_are_not_taken_for_hashed_ones() {
        for name in [
            "competence-wheel.js",
            "competence-wheel.wasm",
            "competence-wheel.share.wasm",
            "competence-wheel.chunks.js",
            "frame.html",
            "competence-wheel.abcdefabc.wasm",
            "competence-wheel.ABCDEFABCD.wasm",
            ".abcdefabcd.wasm",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
        assert!(is_entry_or_page("competence-wheel.js"));
        assert!(is_entry_or_page("group.html"));
        assert!(!is_entry_or_page("competence-wheel.0123456789.wasm"));
    }
}
