//! The flow of ../shared/DESIGN.md, read from the source: the pure layers never reach up into
//! storage or the command line, and no two top-level modules import each other, directly or
//! around a circle. (Test modules may reach anywhere: they are not part of the flow.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level modules each module of `src/` imports, from its code before `#[cfg(test)]`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let first = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            let module = first.trim_end_matches(".rs").to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let code = without_tests(&text);
            let uses = found.entry(module.clone()).or_default();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for (i, _) in line.match_indices("crate::") {
                    let name: String = line[i + 7..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != module {
                        uses.insert(name);
                    }
                }
            }
        }
    }
    found
}

/// The text without its `#[cfg(test)]` items, found by their braces; strings, characters and
/// comments are skipped so that a brace inside them does not count.
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = item_end(rest).unwrap_or(rest.len());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Where the item that `text` begins with ends: after the brace that closes its first `{`.
fn item_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let (mut i, mut depth) = (0, 0usize);
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i += text[i..].find('\n').unwrap_or(text.len() - i);
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) =>
            {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                let close = format!("\"{}", "#".repeat(hashes));
                let open = i + 1 + hashes + 1;
                i = open + text[open..].find(&close)? + close.len();
            }
            b'"' => {
                i += 1;
                while b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            // A character such as '{' or '\'' (a lifetime such as 'a has no closing quote).
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 3,
            b'\'' if b.get(i + 1) == Some(&b'\\') => {
                i += 2 + text[i + 2..].find('\'')? + 1;
            }
            b'{' => {
                depth += 1;
                i += 1;
            }
            b'}' => {
                depth -= 1;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

#[test]
fn test_items_are_told_from_the_code() {
    let text = "use crate::a;\n#[cfg(test)]\nmod tests {\n    use crate::b;\n    fn f() { let _ = \"}\"; let _ = '}'; let _ = r#\"}\"#; }\n    // }\n}\nuse crate::c;\n";
    let code = without_tests(text);
    assert!(
        code.contains("crate::a") && code.contains("crate::c"),
        "{code}"
    );
    assert!(!code.contains("crate::b"), "{code}");
}

#[test]
fn the_pure_layers_never_reach_up() {
    let imports = imports();
    let upper = ["cli", "commands", "context", "register", "run"];
    for layer in [
        "model", "rules", "report", "period", "render", "yaml", "i18n",
    ] {
        let uses = &imports[layer];
        for up in upper {
            assert!(!uses.contains(up), "{layer} imports {up}");
        }
    }
    assert!(
        imports["i18n"].is_empty(),
        "i18n imports {:?}",
        imports["i18n"]
    );
    let model: Vec<_> = imports["model"].iter().collect();
    assert_eq!(model, ["i18n"], "model imports more than the languages");
}

#[test]
fn no_module_imports_itself_around_a_circle() {
    let imports = imports();
    // Depth-first from each module; a module met again on the current path closes a circle.
    fn walk<'a>(
        at: &'a str,
        path: &mut Vec<&'a str>,
        imports: &'a BTreeMap<String, BTreeSet<String>>,
    ) {
        for next in imports.get(at).into_iter().flatten() {
            if let Some(i) = path.iter().position(|m| m == next) {
                panic!("circle: {} -> {next}", path[i..].join(" -> "));
            }
            path.push(next);
            walk(next, path, imports);
            path.pop();
        }
    }
    for module in imports.keys() {
        walk(module, &mut vec![module.as_str()], &imports);
    }
    assert!(
        imports.len() > 10,
        "the source was found: {:?}",
        imports.keys()
    );
}

/// The files of `src/model/` each file of it names: through `super::`, `crate::model::` or, in
/// `mod.rs`, a plain `use`. A name that `mod.rs` re-exports counts as the file it comes from;
/// any other name of `mod.rs` counts as `mod.rs` itself, whose `pub mod` and `pub use` lines
/// are the room's door and not its dependencies.
fn model_imports() -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut texts = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "rs") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            texts.insert(stem, without_tests(&text));
        }
    }
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    // `pub use file::{A, B};` in mod.rs: each name to its file.
    let mut exported: BTreeMap<String, String> = BTreeMap::new();
    for line in texts["mod"].lines() {
        if let Some(rest) = line.trim().strip_prefix("pub use ") {
            let file = ident(rest);
            let names = rest[file.len()..].trim_start_matches("::");
            let names = names.trim_matches(|c| "{};".contains(c));
            for name in names.split(',') {
                let name = name.rsplit(' ').next().unwrap_or("").trim_end_matches(';');
                exported.insert(name.trim().to_string(), file.clone());
            }
        }
    }
    let resolve = |name: &str| -> Option<String> {
        if name.is_empty() || name == "self" {
            None
        } else if texts.contains_key(name) {
            Some(name.to_string())
        } else {
            Some(
                exported
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| "mod".to_string()),
            )
        }
    };
    let mut found = BTreeMap::new();
    for (file, code) in &texts {
        let mut uses = BTreeSet::new();
        for line in code.lines() {
            let t = line.trim_start();
            if t.starts_with("//") || t.starts_with("pub mod ") || t.starts_with("pub use ") {
                continue;
            }
            let mut refs: Vec<&str> = Vec::new();
            for marker in ["super::", "crate::model::"] {
                refs.extend(
                    line.match_indices(marker)
                        .map(|(i, _)| &line[i + marker.len()..]),
                );
            }
            if let Some(rest) = t.strip_prefix("use ")
                && file == "mod"
            {
                refs.push(rest);
            }
            for rest in refs {
                if let Some(group) = rest.strip_prefix('{') {
                    // One line of a `{…}` group; a group over several lines names its items on
                    // the lines that follow, which are read as part of the same `use`.
                    for name in group.split(',') {
                        uses.extend(resolve(&ident(name.trim())));
                    }
                } else {
                    uses.extend(resolve(&ident(rest)));
                }
            }
        }
        uses.remove(file);
        found.insert(file.clone(), uses);
    }
    // `use super::{` groups spread over lines: their items, one line each.
    for (file, code) in &texts {
        let mut open = false;
        for line in code.lines() {
            let t = line.trim();
            if open {
                if t.starts_with('}') {
                    open = false;
                    continue;
                }
                for name in t.split(',') {
                    let name = ident(name.trim());
                    if let Some(target) = resolve(&name).filter(|t| t != file) {
                        found.get_mut(file).unwrap().insert(target);
                    }
                }
            } else if (t.starts_with("use super::") || t.starts_with("use crate::model::"))
                && t.ends_with('{')
            {
                open = true;
            }
        }
    }
    found
}

/// Inside the model room too the imports go one way: the kind files use the table of kinds
/// and the value types, which name no kind.
#[test]
fn no_file_of_the_model_imports_itself_around_a_circle() {
    let imports = model_imports();
    fn walk<'a>(
        at: &'a str,
        path: &mut Vec<&'a str>,
        imports: &'a BTreeMap<String, BTreeSet<String>>,
    ) {
        for next in imports.get(at).into_iter().flatten() {
            if let Some(i) = path.iter().position(|m| m == next) {
                panic!("circle: {} -> {next}", path[i..].join(" -> "));
            }
            path.push(next);
            walk(next, path, imports);
            path.pop();
        }
    }
    for module in imports.keys() {
        walk(module, &mut vec![module.as_str()], &imports);
    }
    for kind in ["case", "gift", "training", "inspection", "action"] {
        assert!(
            imports[kind].contains("kind") || imports[kind].contains("mod"),
            "{kind}"
        );
    }
    assert!(
        !imports["values"].contains("case") && imports["values"].contains("kind"),
        "{:?}",
        imports["values"]
    );
}
