//! A mutation fuzzer for record reading: it takes the demo register's files, mutates them
//! (bytes flipped, inserted, deleted, lines duplicated or swapped, YAML punctuation and odd
//! Unicode spliced in) and reads each result as `coi check` does. Any panic is a bug: the input
//! is saved to the output folder and the run stops with exit 1.
//!
//!     cargo run --release --example fuzz_records -- --iterations 10000000 --seed 7 --out fuzz-crashes
//!
//! Without arguments it runs 100 000 inputs (about a minute). It needs no nightly toolchain.

use std::path::{Path, PathBuf};

use coi::model::{Case, Gift, Training};
use coi::rules::Rules;
use coi::rules::calendar::Calendar;
use coi::rules::file::{Checks, parse};

/// A number in `0..n` (0 when `n` is 0).
fn below(rng: &mut fastrand::Rng, n: usize) -> usize {
    rng.usize(..n.max(1))
}

const SPLICES: &[&str] = &[
    ":",
    " ",
    "\n",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!str ",
    "!!python/object ",
    "'",
    "\"",
    "#",
    "|-\n  ",
    ">",
    "\t",
    "\r\n",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "\0",
    "~",
    "null",
    "yes",
    "2026-02-30",
    "99999999999999999999999",
    "-1",
    "1.5",
    "e\u{301}",
    "Đ",
    "<<: *a\n",
    "---\n",
    "...\n",
];

fn mutate(rng: &mut fastrand::Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=below(rng, 4) {
        let at = below(rng, out.len() + 1);
        match below(rng, 6) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << below(rng, 8);
            }
            1 => out.insert(at, rng.u8(..)),
            2 if !out.is_empty() => {
                let end = (at + below(rng, 16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 => {
                let s = SPLICES[below(rng, SPLICES.len())];
                out.splice(at..at, s.bytes());
            }
            4 => {
                let lines: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
                let i = below(rng, lines.len());
                let mut copy = lines.clone();
                copy.insert(i, lines[below(rng, lines.len())]);
                out = copy.join(&b'\n');
            }
            _ => {
                let mut lines: Vec<Vec<u8>> =
                    out.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
                let (a, b) = (below(rng, lines.len()), below(rng, lines.len()));
                lines.swap(a, b);
                out = lines.join(&b'\n');
            }
        }
    }
    out
}

fn seeds(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for kind in ["cases", "gifts", "trainings"] {
        for year in std::fs::read_dir(dir.join(kind))
            .into_iter()
            .flatten()
            .flatten()
        {
            for file in std::fs::read_dir(year.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let rel = file.path().strip_prefix(dir).unwrap().to_path_buf();
                out.push((rel, std::fs::read(file.path()).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn read_as<R: Rules>(rel: &Path, bytes: &[u8], checks: Checks) {
    let _ = parse::<R>(rel.to_path_buf(), bytes, checks);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let iterations: u64 =
        value("--iterations").map_or(100_000, |v| v.parse().expect("--iterations N"));
    let mut rng =
        fastrand::Rng::with_seed(value("--seed").map_or(1, |v| v.parse().expect("--seed S")));
    let out = PathBuf::from(value("--out").unwrap_or_else(|| "fuzz-crashes".into()));
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let corpus = seeds(&data);
    assert!(!corpus.is_empty(), "no demo records in {}", data.display());
    let units: Vec<String> = ["VP", "QLDT", "QLDN", "QHXD", "TNMT", "TTHT"]
        .map(String::from)
        .to_vec();
    let tasks = coi::rules::plan::TaskCodes::new(15);
    let checks = Checks {
        units: Some(&units),
        calendar: Calendar::shipped(),
        tasks: Some(&tasks),
        today: None,
    };
    std::panic::set_hook(Box::new(|_| {}));
    for i in 0..iterations {
        let (rel, seed) = &corpus[below(&mut rng, corpus.len())];
        let input = mutate(&mut rng, seed);
        let result = std::panic::catch_unwind(|| {
            match rel.components().next().and_then(|c| c.as_os_str().to_str()) {
                Some("cases") => read_as::<Case>(rel, &input, checks),
                Some("gifts") => read_as::<Gift>(rel, &input, checks),
                _ => read_as::<Training>(rel, &input, checks),
            }
        });
        if result.is_err() {
            std::fs::create_dir_all(&out).unwrap();
            let file = out.join(format!("crash-{i}.yaml"));
            std::fs::write(&file, &input).unwrap();
            eprintln!(
                "panic on input {i} (from {}), saved to {}",
                rel.display(),
                file.display()
            );
            std::process::exit(1);
        }
        if i > 0 && i % 100_000 == 0 {
            eprintln!("{i} inputs, no panic");
        }
    }
    println!("{iterations} inputs read, no panic");
}
