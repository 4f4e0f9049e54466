//! Gives the main module's imports from wasm-bindgen's glue short names.
//!
//! wasm-bindgen names each import it generates for its glue with the
//! function's name and a 16-digit hash (`__wbg_concat_a93602fe6b72cec9`), all
//! from the module `./competence-wheel_bg.js`. On this widget that is about
//! 200 names: 6.7 KB in the wasm's import section and as many again as the
//! keys of the glue's import object, and the hashes are what gzip cannot
//! shrink. The names are only ever matched between the two files, so after
//! wasm-bindgen each import gets a name of one or two letters, in the wasm
//! and in the glue alike. The chunks never import from the glue (they import
//! the main module's memory and table), so they keep their imports.

use std::collections::HashMap;

use wasm_encoder::{EntityType, ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload, TypeRef};

/// The module the glue's imports come from, as wasm-bindgen names it.
const GLUE_MODULE: &str = "./competence-wheel_bg.js";
/// Its short name, in the wasm and as the key of the glue's imports object.
const SHORT_MODULE: &str = "w";

/// The wasm and the glue with every glue import renamed; the glue must
/// name each import exactly once, as a key of its imports object
/// (`\n        name: function(`), or nothing is renamed and an error says
/// which name broke the rule.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let imported = glue_imports(wasm)?;
    let names: HashMap<&str, String> = imported
        .iter()
        .enumerate()
        .map(|(index, name)| (name.as_str(), short_name(index)))
        .collect();

    let mut glue = glue.to_string();
    for name in &imported {
        let key = format!("\n        {name}: ");
        if glue.matches(&key).count() != 1 || glue.matches(name.as_str()).count() != 1 {
            return Err(format!(
                "the glue does not name the import {name} exactly once as a key of its imports object"
            ));
        }
        glue = glue.replace(&key, &format!("\n        {}: ", names[name.as_str()]));
    }
    let module_key = format!("\"{GLUE_MODULE}\": ");
    if glue.matches(&module_key).count() != 1 {
        return Err(format!("the glue does not name {GLUE_MODULE} exactly once"));
    }
    glue = glue.replace(&module_key, &format!("\"{SHORT_MODULE}\": "));

    Ok((rename_in_wasm(wasm, &names)?, glue))
}

/// The `n`th short name: `a` … `z`, `A` … `Z`, then two letters.
fn short_name(n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let count = LETTERS.len();
    let mut name = String::new();
    if n >= count {
        name.push(LETTERS[n / count - 1] as char);
    }
    name.push(LETTERS[n % count] as char);
    name
}

/// The names of the imports from the glue, in the order of the wasm.
fn glue_imports(wasm: &[u8]) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        if let Payload::ImportSection(reader) =
            payload.map_err(|err| format!("cannot read the wasm: {err}"))?
        {
            for import in reader.into_imports() {
                let import = import.map_err(|err| format!("cannot read an import: {err}"))?;
                if import.module == GLUE_MODULE {
                    names.push(import.name.to_string());
                }
            }
        }
    }
    Ok(names)
}

fn rename_in_wasm(wasm: &[u8], names: &HashMap<&str, String>) -> Result<Vec<u8>, String> {
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|err| format!("cannot read the wasm: {err}"))?;
        if let Payload::ImportSection(reader) = &payload {
            let mut imports = ImportSection::new();
            for import in reader.clone().into_imports() {
                let import = import.map_err(|err| format!("cannot read an import: {err}"))?;
                let ty = entity_type(import.ty)?;
                match names.get(import.name) {
                    Some(short) if import.module == GLUE_MODULE => {
                        imports.import(SHORT_MODULE, short, ty)
                    }
                    _ => imports.import(import.module, import.name, ty),
                };
            }
            module.section(&imports);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection {
                id,
                data: &wasm[range.start as usize..range.end as usize],
            });
        }
    }
    Ok(module.finish())
}

fn entity_type(ty: TypeRef) -> Result<EntityType, String> {
    EntityType::try_from(ty)
        .map_err(|err| format!("an import this build cannot copy ({ty:?}): {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    use wasm_encoder::{FunctionSection, TypeSection, ValType};

    /// A module importing two glue functions and the split's memory.
    fn module() -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([ValType::I32], []);
        let mut imports = ImportSection::new();
        imports.import(
            GLUE_MODULE,
            "__wbg_log_0123456789abcdef",
            EntityType::Function(0),
        );
        imports.import(
            "./__wasm_split.js",
            "__wasm_split_load_share",
            EntityType::Function(0),
        );
        imports.import(
            GLUE_MODULE,
            "__wbindgen_init_externref_table",
            EntityType::Function(0),
        );
        let mut module = Module::new();
        module
            .section(&types)
            .section(&imports)
            .section(&FunctionSection::new());
        module.finish()
    }

    const GLUE: &str = "function __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n        __wbg_log_0123456789abcdef: function(arg0) {\n            console.log(arg0);\n        },\n        __wbindgen_init_externref_table: function() {\n        },\n    };\n    return {\n        __proto__: null,\n        \"./competence-wheel_bg.js\": import0,\n    };\n}\n";

    #[test]
    fn glue_imports_get_short_names_in_the_wasm_and_the_glue_alike() {
        let (wasm, glue) = shorten(&module(), GLUE).unwrap();
        let mut imports = Vec::new();
        for payload in Parser::new(0).parse_all(&wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    imports.push(format!("{}.{}", import.module, import.name));
                }
            }
        }
        assert_eq!(
            imports,
            ["w.a", "./__wasm_split.js.__wasm_split_load_share", "w.b"]
        );
        assert!(glue.contains("\n        a: function(arg0) {"), "{glue}");
        assert!(glue.contains("\n        b: function() {"), "{glue}");
        assert!(glue.contains("\"w\": import0"), "{glue}");
        assert!(!glue.contains("__wbg_log"), "{glue}");
    }

    #[test]
    fn a_name_the_glue_uses_elsewhere_stops_the_build() {
        let glue = GLUE.replace("console.log(arg0);", "__wbg_log_0123456789abcdef(arg0);");
        let error = shorten(&module(), &glue).unwrap_err();
        assert!(error.contains("__wbg_log_0123456789abcdef"), "{error}");
    }

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..600).map(short_name).collect();
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert_eq!(
            (names[0].as_str(), names[51].as_str(), names[52].as_str()),
            ("a", "Z", "aa")
        );
        assert!(names
            .iter()
            .all(|name| name.chars().all(|c| c.is_ascii_alphabetic())));
    }
}
