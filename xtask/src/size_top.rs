//! `cargo xtask size --top N`: where the main wasm's bytes are. The N biggest
//! functions and data segments, then every function grouped by crate and,
//! for this crate's own code, by module, so a change can say what it saved.
//!
//! dist/'s wasm has no names (wasm-opt strips them). `cargo xtask dist`
//! keeps a copy of the main module as the splitter wrote it, names and all
//! ([`keep_named_copy`]); this runs wasm-bindgen and wasm-opt on it as dist
//! does, but keeping the names (`-g`), and reads the result. When its code
//! section is dist/'s byte for byte (wasm-opt names nothing differently),
//! the figures are exactly dist/'s, and `bench --trace` can name the
//! functions a trace of dist/'s wasm samples.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use flate2::write::GzEncoder;
use wasmparser::{KnownCustom, Name, Parser, Payload, TypeRef};

use crate::{dist, root};

/// The main module with its names, as the splitter wrote it.
fn named_copy() -> PathBuf {
    root().join("target/size/competence-wheel.named.wasm")
}

/// The named copy after wasm-bindgen and wasm-opt, names kept.
fn named_optimised() -> PathBuf {
    root().join("target/size/competence-wheel.named.opt.wasm")
}

/// Called by `cargo xtask dist` with the main module before its data
/// segments are merged (the merge drops the name section).
pub fn keep_named_copy(main: &Path) -> Result<(), String> {
    let to = named_copy();
    std::fs::create_dir_all(to.parent().expect("a folder"))
        .and_then(|()| std::fs::copy(main, &to).map(|_| ()))
        .map_err(|err| format!("cannot keep a named copy of the main wasm: {err}"))
}

/// The names of the main module's functions as the splitter wrote it (the
/// named copy `cargo xtask dist` keeps), demangled: what `size::check` looks
/// through for code the first load must not carry.
pub fn main_function_names() -> Result<Vec<String>, String> {
    let path = named_copy();
    let wasm = std::fs::read(&path).map_err(|err| {
        format!(
            "cannot read {} (`cargo xtask dist` writes it): {err}",
            path.display()
        )
    })?;
    Ok(contents(&wasm)?
        .functions
        .into_iter()
        .filter_map(|(_, item)| item.name)
        .collect())
}

/// The named copy, optimised as dist/'s main module is; built again only
/// when `cargo xtask dist` wrote a newer copy.
fn optimised() -> Result<Vec<u8>, String> {
    let (named, optimised) = (named_copy(), named_optimised());
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let Some(copied) = modified(&named) else {
        return Err(format!(
            "{} is missing: run `cargo xtask dist` first",
            named.display()
        ));
    };
    if modified(&optimised).is_none_or(|built| built < copied) {
        let bindgen = root().join("target/size/bindgen");
        eprintln!("$ wasm-bindgen (library) on the named copy");
        // As dist.rs runs it, but names left as rustc wrote them: this file
        // demangles them (without their hashes).
        wasm_bindgen_cli_support::Bindgen::new()
            .input_path(&named)
            .web(true)
            .map_err(|err| format!("wasm-bindgen: {err:#}"))?
            .typescript(false)
            .demangle(false)
            .keep_lld_exports(true)
            .out_name("competence-wheel")
            .omit_default_module_path(true)
            .generate(&bindgen)
            .map_err(|err| format!("wasm-bindgen: {err:#}"))?;
        eprintln!("(wasm-opt on the whole main module: a few minutes)");
        crate::run(
            Command::new(root().join("node_modules/.bin/wasm-opt"))
                .arg(bindgen.join("competence-wheel_bg.wasm"))
                .args(dist::WASM_OPT_PASSES)
                .args(dist::WASM_OPT_FEATURES)
                // Keep the names section (dist/ strips it).
                .arg("-g")
                .arg("-o")
                .arg(&optimised),
        )?;
    }
    std::fs::read(&optimised).map_err(|err| format!("cannot read {}: {err}", optimised.display()))
}

/// A function or a data segment of the module.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Demangled, without the hash; `None` when the module names none.
    pub name: Option<String>,
    pub bytes: Vec<u8>,
    pub data: bool,
}

/// What `wasm` holds: its defined functions (with their indices in the
/// function index space, imports first) and data segments, each with its
/// name from the name section; and the code section's bytes.
#[derive(Default)]
pub struct Contents {
    pub functions: Vec<(u32, Item)>,
    pub data: Vec<Item>,
    pub code: Vec<u8>,
}

pub fn contents(wasm: &[u8]) -> Result<Contents, String> {
    let err = |e: wasmparser::BinaryReaderError| format!("cannot read the wasm: {e}");
    let mut contents = Contents::default();
    let mut imported = 0;
    let mut names = BTreeMap::new();
    let mut data_names = BTreeMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(err)? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(err)?.ty, TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionStart { range, .. } => {
                contents.code = wasm[range.start as usize..range.end as usize].to_vec();
            }
            Payload::CodeSectionEntry(body) => {
                let range = body.range();
                let index = imported + contents.functions.len() as u32;
                contents.functions.push((
                    index,
                    Item {
                        name: None,
                        bytes: wasm[range.start as usize..range.end as usize].to_vec(),
                        data: false,
                    },
                ));
            }
            Payload::DataSection(reader) => {
                for data in reader {
                    let data = data.map_err(err)?;
                    contents.data.push(Item {
                        name: None,
                        bytes: data.data.to_vec(),
                        data: true,
                    });
                }
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        match name.map_err(err)? {
                            Name::Function(map) => {
                                for naming in map {
                                    let naming = naming.map_err(err)?;
                                    names.insert(naming.index, demangle(naming.name));
                                }
                            }
                            Name::Data(map) => {
                                for naming in map {
                                    let naming = naming.map_err(err)?;
                                    data_names.insert(naming.index, naming.name.to_owned());
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (index, item) in &mut contents.functions {
        item.name = names.remove(index);
    }
    for (index, item) in contents.data.iter_mut().enumerate() {
        item.name = data_names.remove(&(index as u32));
    }
    Ok(contents)
}

/// A Rust symbol demangled without its hash; any other name as it is.
pub fn demangle(name: &str) -> String {
    format!("{:#}", rustc_demangle::demangle(name))
}

/// This crate's name in symbols.
const OURS: &str = "competence_wheel";
/// The standard library's crates: a trait of another crate implemented on
/// one of their types is that crate's code.
const STD: &[&str] = &["core", "alloc", "std"];

/// The crate whose code a function is: the crate of its path, or for an
/// impl (`<A as B>::f`) the crate of A, unless A is the standard library's
/// (or a primitive) and B another crate's (`<u32 as yew::ToHtml>`).
/// Names without a path (the allocator's, wasm-bindgen's shims) are
/// "(no crate)".
pub fn crate_of(name: &str) -> String {
    let Some(rest) = name.strip_prefix('<') else {
        return path_crate(name).unwrap_or("(no crate)").to_owned();
    };
    let (own, trait_) = split_as(rest);
    let own_crate = path_crate(own);
    let trait_crate = trait_.and_then(path_crate);
    match (own_crate, trait_crate) {
        (Some(own), Some(t)) if STD.contains(&own) && !STD.contains(&t) => t.to_owned(),
        (Some(own), _) => own.to_owned(),
        (None, Some(t)) => t.to_owned(),
        (None, None) => "(no crate)".to_owned(),
    }
}

/// This crate's module a function belongs to, two levels deep
/// (`core::scene`, `components::app`), by the same path as [`crate_of`];
/// `None` for another crate's code.
pub fn module_of(name: &str) -> Option<String> {
    if crate_of(name) != OURS {
        return None;
    }
    let path = match name.strip_prefix('<') {
        Some(rest) => {
            let (own, trait_) = split_as(rest);
            if path_crate(own) == Some(OURS) {
                own
            } else {
                trait_?
            }
        }
        None => name,
    };
    let path = path.trim_start_matches(['&', '*', '[', '(']);
    let modules: Vec<&str> = path
        .split("::")
        .skip(1)
        .take_while(|segment| segment.starts_with(|c: char| c.is_ascii_lowercase()))
        .take(2)
        .collect();
    Some(if modules.is_empty() {
        "(the crate's root)".to_owned()
    } else {
        modules.join("::")
    })
}

/// `A as B>::f` split at the ` as ` outside any angle brackets: (A, B).
fn split_as(rest: &str) -> (&str, Option<&str>) {
    let mut depth = 0usize;
    for (at, c) in rest.char_indices() {
        match c {
            '<' => depth += 1,
            '>' if depth == 0 => return (&rest[..at], None),
            '>' => depth -= 1,
            ' ' if depth == 0 && rest[at..].starts_with(" as ") => {
                return (&rest[..at], Some(&rest[at + 4..]));
            }
            _ => {}
        }
    }
    (rest, None)
}

/// The crate a path starts with (`yew::html::…` is yew), if it is a path.
fn path_crate(path: &str) -> Option<&str> {
    let path = path
        .trim_start_matches(['&', '*', '[', '(', ' '])
        .trim_start_matches("mut ")
        .trim_start_matches("const ")
        .trim_start_matches("dyn ");
    let end = path.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    (end > 0 && path[end..].starts_with("::")).then(|| &path[..end])
}

/// A group's figures: its items' bytes, how many, and their gzip share.
#[derive(Debug, PartialEq)]
pub struct Group {
    pub name: String,
    pub bytes: usize,
    pub count: usize,
    /// Its items' bytes gzipped together, scaled so that all groups add up
    /// to the whole code section gzipped (an estimate: gzip finds repeats
    /// across groups too).
    pub gzip: usize,
}

/// `items` grouped by `key` (items without a key are left out), biggest first.
pub fn groups(
    items: &[&Item],
    key: impl Fn(&Item) -> Option<String>,
    whole_gzip: usize,
) -> Vec<Group> {
    let mut by: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for item in items {
        if let Some(name) = key(item) {
            by.entry(name.clone()).or_default().extend(&item.bytes);
            *counts.entry(name).or_default() += 1;
        }
    }
    let zipped: Vec<(String, usize, usize)> = by
        .into_iter()
        .map(|(name, bytes)| {
            let size = gzip(&bytes);
            (name, bytes.len(), size)
        })
        .collect();
    let total: usize = zipped.iter().map(|(_, _, z)| z).sum();
    let mut groups: Vec<Group> = zipped
        .into_iter()
        .map(|(name, bytes, zipped)| Group {
            count: counts[&name],
            name,
            bytes,
            gzip: (zipped as f64 * whole_gzip as f64 / total.max(1) as f64).round() as usize,
        })
        .collect();
    groups.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
    groups
}

fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

/// The main wasm in dist/: its functions and code.
fn dist_contents() -> Result<Contents, String> {
    let path = crate::size::built_path("dist/competence-wheel.wasm")?;
    let wasm =
        std::fs::read(&path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    contents(&wasm)
}

/// How the named copy's code compares with dist/'s: byte for byte, or how
/// many function bodies are the same (wasm-opt, keeping names, may inline a
/// little differently); `None` when the functions do not correspond.
fn compare(named: &Contents, dist: &Contents) -> Option<String> {
    if named.code == dist.code {
        return Some("its code is dist/'s, byte for byte".into());
    }
    if named.functions.len() != dist.functions.len() {
        return None;
    }
    let same = (named.functions.iter().zip(&dist.functions))
        .filter(|((_, a), (_, b))| a.bytes == b.bytes)
        .count();
    Some(format!(
        "{same} of its {} function bodies are dist/'s byte for byte (dist/'s code: {} bytes); the rest differ a little, as wasm-opt inlines with names kept",
        named.functions.len(),
        dist.code.len()
    ))
}

/// `cargo xtask size --top N`.
pub fn run(count: usize) -> Result<(), String> {
    let wasm = optimised()?;
    let contents = contents(&wasm)?;
    let code_gzip = gzip(&contents.code);
    let data_bytes: usize = contents.data.iter().map(|d| d.bytes.len()).sum();
    println!(
        "main wasm, named copy optimised as dist/'s ({}): {} functions, code {} bytes ({} gzip); data {} bytes in {} segments",
        named_optimised().display(),
        contents.functions.len(),
        contents.code.len(),
        code_gzip,
        data_bytes,
        contents.data.len()
    );
    match dist_contents().map(|dist| compare(&contents, &dist)) {
        Ok(Some(how)) => println!("{how}"),
        Ok(None) => println!(
            "its functions are not dist/'s: run `cargo xtask dist` again, or read the figures as close"
        ),
        Err(why) => println!("(not compared with dist/: {why})"),
    }

    let mut items: Vec<&Item> = contents.functions.iter().map(|(_, item)| item).collect();
    items.extend(contents.data.iter());
    items.sort_by_key(|item| std::cmp::Reverse(item.bytes.len()));
    println!("\nthe {count} biggest functions and data segments (bytes; gzip of the item alone):");
    println!("{:>8} {:>7}  {:<22} name", "bytes", "gzip", "crate");
    for item in items.iter().take(count) {
        let name = item.name.as_deref().unwrap_or("(unnamed)");
        let group = if item.data {
            "(data segment)".to_owned()
        } else {
            crate_of(name)
        };
        println!(
            "{:>8} {:>7}  {:<22} {}",
            item.bytes.len(),
            gzip(&item.bytes),
            group,
            shorten(name, 110)
        );
    }

    let functions: Vec<&Item> = contents.functions.iter().map(|(_, item)| item).collect();
    let name = |item: &Item| item.name.clone().unwrap_or_else(|| "(unnamed)".into());
    let print = |title: &str, groups: Vec<Group>| {
        println!("\n{title} (bytes, share of the code, gzip estimated, functions):");
        for group in groups {
            println!(
                "{:>8} {:>5.1} % {:>7}  {:>5}  {}",
                group.bytes,
                100.0 * group.bytes as f64 / contents.code.len().max(1) as f64,
                group.gzip,
                group.count,
                group.name
            );
        }
    };
    print(
        "the code by crate",
        groups(&functions, |item| Some(crate_of(&name(item))), code_gzip),
    );
    let ours: Vec<&Item> = functions
        .iter()
        .copied()
        .filter(|item| module_of(&name(item)).is_some())
        .collect();
    let ours_gzip = groups(&functions, |item| Some(crate_of(&name(item))), code_gzip)
        .iter()
        .find(|g| g.name == OURS)
        .map_or(0, |g| g.gzip);
    print(
        "this crate's code by module",
        groups(&ours, |item| module_of(&name(item)), ours_gzip),
    );
    Ok(())
}

/// `wasm-function[i]` index → name, as JSON, for naming what a trace of
/// dist/'s main wasm samples; only when the named copy's functions are
/// dist/'s, one for one.
pub fn function_names() -> Result<String, String> {
    let path = named_optimised();
    let wasm = std::fs::read(&path)
        .map_err(|_| "no named copy yet (`cargo xtask size --top 40` builds it)".to_owned())?;
    let contents = contents(&wasm)?;
    if compare(&contents, &dist_contents()?).is_none() {
        return Err(
            "the named copy's functions are not dist/'s (run `cargo xtask size --top 40` again)"
                .into(),
        );
    }
    let names: serde_json::Map<String, serde_json::Value> = contents
        .functions
        .into_iter()
        .filter_map(|(index, item)| Some((index.to_string(), item.name?.into())))
        .collect();
    Ok(serde_json::Value::Object(names).to_string())
}

/// `text` cut to `most` characters, with "…" where it was cut.
fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let cut: String = text.chars().take(most - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_belongs_to_its_first_crate() {
        assert_eq!(crate_of("yew::scheduler::start_now"), "yew");
        assert_eq!(
            crate_of("competence_wheel::core::scene::Scene::build"),
            "competence_wheel"
        );
        assert_eq!(
            crate_of("competence_wheel::components::wheel::WheelSvg::{{closure}}"),
            "competence_wheel"
        );
        assert_eq!(
            crate_of("dlmalloc::dlmalloc::Dlmalloc<A>::malloc"),
            "dlmalloc"
        );
    }

    #[test]
    fn an_impl_belongs_to_its_type_unless_that_is_the_standard_librarys() {
        assert_eq!(
            crate_of("<competence_wheel::core::scene::Scene as core::cmp::PartialEq>::eq"),
            "competence_wheel"
        );
        assert_eq!(
            crate_of("<yew::virtual_dom::vnode::VNode as core::clone::Clone>::clone"),
            "yew"
        );
        // A std type (or a primitive, or a reference) with another crate's trait.
        assert_eq!(
            crate_of("<alloc::string::String as yew::html::conversion::ToHtml>::to_html"),
            "yew"
        );
        assert_eq!(crate_of("<u32 as core::fmt::Display>::fmt"), "core");
        assert_eq!(crate_of("<&T as core::fmt::Debug>::fmt"), "core");
        // Generic arguments do not decide: Vec's clone is alloc's code.
        assert_eq!(
            crate_of("<alloc::vec::Vec<competence_wheel::core::scene::Band> as core::clone::Clone>::clone"),
            "alloc"
        );
        assert_eq!(
            crate_of("<alloc::vec::Vec<T> as competence_wheel::core::json::Write>::write"),
            "competence_wheel"
        );
    }

    #[test]
    fn names_without_a_path_have_no_crate() {
        assert_eq!(crate_of("memcpy"), "(no crate)");
        assert_eq!(crate_of("__wbindgen_malloc"), "(no crate)");
        assert_eq!(crate_of("<unknown>"), "(no crate)");
    }

    #[test]
    fn our_code_is_grouped_two_modules_deep() {
        assert_eq!(
            module_of("competence_wheel::core::scene::Scene::build").as_deref(),
            Some("core::scene")
        );
        assert_eq!(
            module_of("competence_wheel::core::model::file::WheelFile::read").as_deref(),
            Some("core::model")
        );
        assert_eq!(
            module_of("<competence_wheel::components::wheel::WheelSvg as yew::functional::FunctionProvider>::run").as_deref(),
            Some("components::wheel")
        );
        assert_eq!(
            module_of("<alloc::vec::Vec<T> as competence_wheel::core::json::Write>::write")
                .as_deref(),
            Some("core::json")
        );
        assert_eq!(
            module_of("competence_wheel::Start::new").as_deref(),
            Some("(the crate's root)")
        );
        assert_eq!(module_of("yew::scheduler::start_now"), None);
    }

    #[test]
    fn symbols_are_demangled_without_their_hash() {
        assert_eq!(
            demangle("_ZN4core3fmt5write17h0123456789abcdefE"),
            "core::fmt::write"
        );
        assert_eq!(demangle("memcpy"), "memcpy");
    }

    #[test]
    fn groups_add_up_and_come_biggest_first() {
        let item = |name: &str, size: usize| Item {
            name: Some(name.into()),
            bytes: vec![7; size],
            data: false,
        };
        let items = [
            item("yew::a", 10),
            item("competence_wheel::core::scene::b", 30),
            item("yew::c", 5),
            item("memcpy", 1),
        ];
        let refs: Vec<&Item> = items.iter().collect();
        let groups = groups(&refs, |i| Some(crate_of(i.name.as_deref()?)), 100);
        let figures: Vec<(&str, usize, usize)> = groups
            .iter()
            .map(|g| (g.name.as_str(), g.bytes, g.count))
            .collect();
        assert_eq!(
            figures,
            [
                ("competence_wheel", 30, 1),
                ("yew", 15, 2),
                ("(no crate)", 1, 1)
            ]
        );
        let gzip: usize = groups.iter().map(|g| g.gzip).sum();
        assert!(
            (99..=101).contains(&gzip),
            "the shares add up to the whole: {gzip}"
        );
    }

    #[test]
    fn a_module_names_its_functions_and_data() {
        // A module built by hand: one imported function, two defined ones
        // (one named), one data segment with its name.
        let mut module = wasm_encoder::Module::new();
        let mut types = wasm_encoder::TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = wasm_encoder::ImportSection::new();
        imports.import("w", "a", wasm_encoder::EntityType::Function(0));
        module.section(&imports);
        let mut functions = wasm_encoder::FunctionSection::new();
        functions.function(0).function(0);
        module.section(&functions);
        let mut memories = wasm_encoder::MemorySection::new();
        memories.memory(wasm_encoder::MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        module.section(&memories);
        let mut code = wasm_encoder::CodeSection::new();
        let mut small = wasm_encoder::Function::new([]);
        small.instruction(&wasm_encoder::Instruction::End);
        let mut big = wasm_encoder::Function::new([]);
        for _ in 0..3 {
            big.instruction(&wasm_encoder::Instruction::Nop);
        }
        big.instruction(&wasm_encoder::Instruction::End);
        code.function(&small).function(&big);
        module.section(&code);
        let mut data = wasm_encoder::DataSection::new();
        data.active(0, &wasm_encoder::ConstExpr::i32_const(0), *b"hello");
        module.section(&data);
        let mut names = wasm_encoder::NameSection::new();
        let mut function_names = wasm_encoder::NameMap::new();
        function_names.append(2, "_ZN3yew3big17h0123456789abcdefE");
        names.functions(&function_names);
        let mut data_names = wasm_encoder::NameMap::new();
        data_names.append(0, ".rodata");
        names.data(&data_names);
        module.section(&names);

        let contents = contents(&module.finish()).unwrap();
        let functions: Vec<(u32, Option<&str>, usize)> = contents
            .functions
            .iter()
            .map(|(i, item)| (*i, item.name.as_deref(), item.bytes.len()))
            .collect();
        // Indices count the import; a size is the body (its locals and code).
        assert_eq!(functions, [(1, None, 2), (2, Some("yew::big"), 5)]);
        assert_eq!(contents.data.len(), 1);
        assert_eq!(contents.data[0].name.as_deref(), Some(".rodata"));
        assert_eq!(contents.data[0].bytes, b"hello");
    }
}
