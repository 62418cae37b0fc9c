//! Where each field of a YAML file starts, so that a finding can name its line. Only files with
//! findings are read this way: a clean register never pays for it.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser};

/// Lines (1-based) of field paths such as `person.name` or `measures[1].kind`.
#[derive(Debug, Default)]
pub struct LineMap {
    lines: HashMap<String, usize>,
    /// YAML tags (`!!python/object`, `!foo`) met in the file: (field path, line, tag).
    pub tags: Vec<(String, usize, String)>,
}

const MAX_DEPTH: usize = 128;

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, index: usize },
}

fn child(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

impl LineMap {
    pub fn of(text: &str) -> LineMap {
        let mut lines = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut tags = Vec::new();
        // The path of the value about to start, and the line where it is introduced.
        fn next_value_path(
            stack: &mut [Frame],
            lines: &mut HashMap<String, usize>,
            line: usize,
        ) -> Option<String> {
            match stack.last_mut() {
                None => Some(String::new()),
                Some(Frame::Map { path, key }) => key.take().map(|k| child(path, &k)),
                Some(Frame::Seq { path, index }) => {
                    let p = format!("{path}[{index}]");
                    *index += 1;
                    lines.entry(p.clone()).or_insert(line);
                    Some(p)
                }
            }
        }
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let line = span.start.line();
            let tag = match &event {
                Event::Scalar(_, _, _, tag)
                | Event::MappingStart(_, tag)
                | Event::SequenceStart(_, tag) => tag.as_ref().map(|t| match t.handle.as_str() {
                    "tag:yaml.org,2002:" => format!("!!{}", t.suffix),
                    handle => format!("{handle}{}", t.suffix),
                }),
                _ => None,
            };
            if let Some(tag) = tag {
                let path = match stack.last() {
                    None => String::new(),
                    Some(Frame::Map { path, key: Some(k) }) => child(path, k),
                    Some(Frame::Map { path, key: None }) | Some(Frame::Seq { path, .. }) => {
                        path.clone()
                    }
                };
                tags.push((path, line, tag));
            }
            match event {
                Event::Scalar(value, ..) => {
                    if let Some(Frame::Map { path, key }) = stack.last_mut()
                        && key.is_none()
                    {
                        let p = child(path, &value);
                        lines.entry(p).or_insert(line);
                        *key = Some(value.into_owned());
                        continue;
                    }
                    next_value_path(&mut stack, &mut lines, line);
                }
                Event::Alias(_) => {
                    next_value_path(&mut stack, &mut lines, line);
                }
                // Records nest a few levels; the YAML reader refuses deeper than 128. Going on
                // would only spend time on ever longer paths.
                Event::MappingStart(..) | Event::SequenceStart(..) if stack.len() >= MAX_DEPTH => {
                    break;
                }
                Event::MappingStart(..) => {
                    let path =
                        next_value_path(&mut stack, &mut lines, line).unwrap_or_else(|| "?".into());
                    stack.push(Frame::Map { path, key: None });
                }
                Event::SequenceStart(..) => {
                    let path =
                        next_value_path(&mut stack, &mut lines, line).unwrap_or_else(|| "?".into());
                    stack.push(Frame::Seq { path, index: 0 });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        LineMap { lines, tags }
    }

    /// The line of a field, else of the nearest enclosing field that is in the file, else 1.
    pub fn line(&self, field: &str) -> usize {
        let mut path = field;
        loop {
            if let Some(&line) = self.lines.get(path) {
                return line;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => return 1,
            }
        }
    }
}

/// The line where flow nesting (`[[[…`, `{{{…`) goes deeper than any record needs. The YAML
/// reader would refuse it too, but only after a time that grows with the square of the depth,
/// so such a file is refused before it is read. Cheap for ordinary records: only a file with
/// many brackets is walked.
pub fn too_deep(text: &str) -> Option<usize> {
    let brackets = text.bytes().filter(|b| matches!(b, b'[' | b'{')).count();
    if brackets < MAX_DEPTH {
        return None;
    }
    let mut depth = 0usize;
    for item in Parser::new_from_str(text) {
        // The parser has its own limit: failing deep down is the same finding.
        let (event, span) = match item {
            Ok(item) => item,
            Err(e) => {
                return crate::i18n::foreign::is_too_deep(e.info()).then(|| e.marker().line());
            }
        };
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(span.start.line());
                }
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// A key given twice in one mapping: where the second one is, and the first.
#[derive(Debug, PartialEq, Eq)]
pub struct KeyTwice {
    /// The field path of the key, as `holidays.2026`.
    pub path: String,
    pub line: usize,
    pub first_line: usize,
}

/// The first key given twice in one mapping. A YAML reader names the key but points at the
/// mapping, and a typed reader keeps the last of the two without a word.
pub fn key_given_twice(text: &str) -> Option<KeyTwice> {
    struct Level {
        /// The keys met so far, with their lines, when this level is a mapping.
        keys: Option<Vec<(String, usize)>>,
        key_next: bool,
        path: String,
        items: usize,
    }
    /// The path of a value starting in the innermost collection; its mapping wants a key next.
    fn value_path(stack: &mut [Level]) -> String {
        let Some(level) = stack.last_mut() else {
            return String::new();
        };
        match &level.keys {
            Some(keys) => {
                level.key_next = true;
                child(&level.path, keys.last().map_or("", |(k, _)| k))
            }
            None => {
                level.items += 1;
                format!("{}[{}]", level.path, level.items - 1)
            }
        }
    }
    let mut stack: Vec<Level> = Vec::new();
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else { return None };
        let line = span.start.line();
        match event {
            Event::Scalar(v, ..) => match stack.last_mut() {
                Some(Level {
                    keys: Some(keys),
                    key_next: key_next @ true,
                    path,
                    ..
                }) => {
                    if let Some((_, first_line)) = keys.iter().find(|(k, _)| *k == *v) {
                        let path = child(path, &v);
                        let first_line = *first_line;
                        return Some(KeyTwice {
                            path,
                            line,
                            first_line,
                        });
                    }
                    keys.push((v.into_owned(), line));
                    *key_next = false;
                }
                _ => {
                    value_path(&mut stack);
                }
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let path = value_path(&mut stack);
                let is_mapping = matches!(event, Event::MappingStart(..));
                stack.push(Level {
                    keys: is_mapping.then(Vec::new),
                    key_next: is_mapping,
                    path,
                    items: 0,
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
            }
            Event::Alias(_) => {
                value_path(&mut stack);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_nested_fields_and_list_items() {
        let text = "id: XDLI-2026-001\nperson:\n  name: A\n  position: B\nmeasures:\n- kind: supervision\n  decided_on: 2026-01-05\n- kind: suspension\n  decided_on: 2026-02-01\ntopics: [coi, gifts]\n";
        let map = LineMap::of(text);
        assert_eq!(map.line("id"), 1);
        assert_eq!(map.line("person"), 2);
        assert_eq!(map.line("person.position"), 4);
        assert_eq!(map.line("measures[0].kind"), 6);
        assert_eq!(map.line("measures[1].decided_on"), 9);
        assert_eq!(map.line("topics[1]"), 10);
        // A missing field is placed at its parent.
        assert_eq!(map.line("measures[1].ended_on"), 8);
        assert_eq!(map.line("person.missing"), 2);
        assert_eq!(map.line("nowhere"), 1);
    }

    #[test]
    fn finds_tags_that_a_loader_would_drop() {
        let map = LineMap::of("a: 1\nsituation: !!python/object:os.system echo\n");
        assert_eq!(
            map.tags,
            vec![(
                "situation".to_string(),
                2,
                "!!python/object:os.system".to_string()
            )]
        );
    }

    #[test]
    fn deep_nesting_stops_early() {
        let deep = format!("a: 1\nb: {}x{}\n", "[".repeat(200_000), "]".repeat(200_000));
        let start = std::time::Instant::now();
        let map = LineMap::of(&deep);
        assert_eq!(map.line("b"), 2);
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn finds_the_key_given_twice() {
        let twice = |path: &str, line, first_line| {
            let path = path.to_string();
            Some(KeyTwice {
                path,
                line,
                first_line,
            })
        };
        let text = "a: 1\nb:\n  c: 1\n  d: [1, 2]\n  c: 2\n";
        assert_eq!(key_given_twice(text), twice("b.c", 5, 3));
        assert_eq!(key_given_twice("a: 1\nb: 2\na: 3\n"), twice("a", 3, 1));
        assert_eq!(key_given_twice("a: 1\nl:\n- a: 1\n- a: 2\n"), None);
        let text = "l:\n- x: &q 1\n- y: [1]\n  z: *q\n  y: 2\n";
        assert_eq!(key_given_twice(text), twice("l[1].y", 5, 3));
        let text = "holidays:\n  2026:\n    off: []\n  2027: {}\n  2026:\n    off: []\n";
        assert_eq!(key_given_twice(text), twice("holidays.2026", 5, 2));
    }

    #[test]
    fn deep_flow_nesting_is_found_fast() {
        let deep = format!("a: 1\nb: {}x{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(too_deep(&deep), Some(2));
        assert_eq!(too_deep("a: [[1]]\n"), None);
    }

    #[test]
    fn survives_broken_yaml() {
        let map = LineMap::of("a: 1\nb: [\n");
        assert_eq!(map.line("a"), 1);
    }
}
