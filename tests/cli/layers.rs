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
