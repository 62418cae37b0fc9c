//! The flow of ../shared/DESIGN.md, read from the source: the pure layers never reach up into
//! storage or the command line, storage never reaches into the rules, no two top-level modules
//! import each other, directly or around a circle, and inside a folder module no two files do.
//! (Test modules may reach anywhere: they are not part of the flow.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level modules each module of `src/` imports, from its code before `#[cfg(test)]`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(&src).unwrap();
                let first = rel.components().next().unwrap().as_os_str();
                let module = first.to_string_lossy().trim_end_matches(".rs").to_string();
                files.push((module, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    // An exported macro is named from the crate's root (`crate::kinds!`), but it belongs to
    // the module that defines it.
    let mut macros = BTreeMap::new();
    for (module, text) in &files {
        for (i, _) in text.match_indices("#[macro_export]") {
            let after = text[i..].split_once("macro_rules! ").map(|(_, rest)| rest);
            let name = after.and_then(|rest| {
                rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                    .next()
            });
            macros.insert(name.unwrap().to_string(), module.clone());
        }
    }
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &files {
        let code = without_tests(text);
        let uses = found.entry(module.clone()).or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let name: String = line[i + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                let name = macros.get(&name).cloned().unwrap_or(name);
                if !name.is_empty() && name != *module {
                    uses.insert(name);
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
    let upper = ["cli", "commands", "context", "register", "run", "flags"];
    for layer in [
        "model", "rules", "report", "period", "render", "yaml", "i18n", "problem", "layout",
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

/// The first circle of imports found in `imports`, as `a -> b -> a`.
fn circle(imports: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    // Depth-first from each module; a module met again on the current path closes a circle.
    fn walk<'a>(
        at: &'a str,
        path: &mut Vec<&'a str>,
        imports: &'a BTreeMap<String, BTreeSet<String>>,
    ) -> Option<String> {
        for next in imports.get(at).into_iter().flatten() {
            if let Some(i) = path.iter().position(|m| m == next) {
                return Some(format!("{} -> {next}", path[i..].join(" -> ")));
            }
            path.push(next);
            let found = walk(next, path, imports);
            path.pop();
            if found.is_some() {
                return found;
            }
        }
        None
    }
    (imports.keys()).find_map(|module| walk(module, &mut vec![module.as_str()], imports))
}

#[test]
fn no_module_imports_itself_around_a_circle() {
    let imports = imports();
    if let Some(circle) = circle(&imports) {
        panic!("circle: {circle}");
    }
    assert!(
        imports.len() > 10,
        "the source was found: {:?}",
        imports.keys()
    );
}

/// The command line's top (`cli`: the parser and its first pass) names the commands, and the
/// commands never name it back: what both use is in `flags`, below both.
#[test]
fn the_commands_never_reach_back_into_the_command_line() {
    let imports = imports();
    assert!(imports["cli"].contains("commands"), "{:?}", imports["cli"]);
    for below in ["commands", "context", "flags"] {
        assert!(!imports[below].contains("cli"), "{below} imports cli");
    }
    assert!(
        !imports["flags"].contains("commands"),
        "flags imports commands"
    );
    assert!(imports["commands"].contains("flags"));
}

#[test]
fn storage_only_stores() {
    let imports = imports();
    let register = &imports["register"];
    for above in [
        "rules", "report", "sync", "commands", "cli", "context", "run",
    ] {
        assert!(!register.contains(above), "register imports {above}");
    }
}

/// The files of the folder module `src/<room>/` that each of its files imports, by file stem: a
/// sibling named through `super::` or `crate::<room>::` (any other name reached that way is an
/// item of the folder's `mod.rs`, "mod"); and from `mod.rs`, a file it names as `file::` (a
/// `mod file;` line declares the file and imports nothing). Code after `#[cfg(test)]` and
/// comments do not count.
fn file_imports(room: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(room);
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let code = (without_tests(&text).lines())
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            files.insert(stem, code);
        }
    }
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    // The names a path reaches after `prefix`: one, or each item of a `{…}` group.
    let heads = |rest: &str| -> Vec<String> {
        let Some(group) = rest.strip_prefix('{') else {
            return vec![ident(rest)];
        };
        let (mut out, mut depth, mut start) = (Vec::new(), 0, true);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => start = true,
                c if start && !c.is_whitespace() => {
                    out.push(ident(&group[i..]));
                    start = false;
                }
                _ => {}
            }
        }
        out
    };
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (stem, code) in &files {
        let uses = found.entry(stem.clone()).or_default();
        let mut named = |name: String| {
            if name.is_empty() || name == "self" || name == *stem {
                return;
            }
            if files.contains_key(&name) && name != "mod" {
                uses.insert(name);
            } else if stem != "mod" {
                uses.insert("mod".to_string());
            }
        };
        for prefix in ["super::".to_string(), format!("crate::{room}::")] {
            if stem == "mod" && prefix == "super::" {
                continue;
            }
            for (i, _) in code.match_indices(&prefix) {
                heads(&code[i + prefix.len()..])
                    .into_iter()
                    .for_each(&mut named);
            }
        }
        if stem == "mod" {
            let code = code.replace("self::", "");
            for file in files.keys().filter(|f| *f != "mod") {
                let mark = format!("{file}::");
                for (i, _) in code.match_indices(&mark) {
                    let before = code[..i].chars().next_back();
                    if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                        uses.insert(file.clone());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn no_file_of_a_room_imports_itself_around_a_circle() {
    for room in ["rules", "register", "sync"] {
        let imports = file_imports(room);
        if let Some(circle) = circle(&imports) {
            panic!("circle in {room}/: {circle}");
        }
        assert!(imports.len() > 3, "{room}/ was read: {imports:?}");
    }
    // The imports are found at all: through `super::` and its groups, and from `mod.rs`.
    let rules = file_imports("rules");
    for (file, uses) in [("file", "validate"), ("plan", "text"), ("mod", "records")] {
        assert!(rules[file].contains(uses), "{file}: {:?}", rules[file]);
    }
    assert!(rules["merge"].contains("mod"), "{:?}", rules["merge"]);
    assert!(file_imports("register")["plans"].contains("load"));
}

#[test]
fn a_circle_of_files_is_seen() {
    let mut imports = BTreeMap::new();
    for (a, b) in [("file", "plan"), ("plan", "validate"), ("validate", "plan")] {
        imports
            .entry(a.to_string())
            .or_insert_with(BTreeSet::new)
            .insert(b.to_string());
    }
    assert_eq!(
        circle(&imports).as_deref(),
        Some("plan -> validate -> plan")
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
    if let Some(circle) = circle(&imports) {
        panic!("circle in model/: {circle}");
    }
    for kind in coi::model::Kind::ALL.map(coi::model::Kind::module) {
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

/// The modules of `src/commands/` that every command may use: what is not a command of its own
/// but the commands' shared ground. A command reaches another command's work only through
/// these, never by calling the other command's module.
const SHARED_BY_COMMANDS: &[&str] = &[
    "args",
    "read",
    "change",
    "screen",
    "prompt",
    "submitted",
    "editor",
    "settings",
    "publishing",
    "fields",
    "mod",
];

#[test]
fn a_command_module_imports_no_other_command_module() {
    let imports = file_imports("commands");
    assert!(imports.len() > 20, "commands/ was read: {imports:?}");
    let mut found = BTreeSet::new();
    // `mod.rs` is the dispatch: it names every command.
    for (file, uses) in imports.iter().filter(|(file, _)| *file != "mod") {
        for used in uses {
            if !SHARED_BY_COMMANDS.contains(&used.as_str()) {
                found.insert((file.as_str(), used.as_str()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a command imports another command's module: {found:?}"
    );
    // The shared ground is there, and it is shared: each of its files is used by a command.
    for shared in SHARED_BY_COMMANDS.iter().filter(|s| **s != "mod") {
        assert!(
            imports.values().any(|uses| uses.contains(*shared)),
            "{shared} is used by no command"
        );
    }
}
