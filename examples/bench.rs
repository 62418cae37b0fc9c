//! How fast `coi` is at every size: builds registers of 1 000, 10 000 and 100 000 records with
//! `examples/gen_register.rs`, runs the release binary on each and prints a Markdown table.
//!
//! ```sh
//! cargo run --release --example bench                       # 1000, 10000 and 100000 records
//! cargo run --release --example bench -- --sizes 1000,10000 --runs 3
//! cargo run --release --example bench -- --sizes 100000 --baseline /path/to/older/coi
//! ```
//!
//! With `--baseline`, another `coi` binary (say one built from an earlier commit) is measured in
//! the same run, its runs taking turns with this build's, and the table has a row for each.
//!
//! For each register it reports the median wall time of `--runs` runs (after one warm-up run,
//! so the files are in the page cache) of `check`, `report`, `gift list --format json`, `due` and
//! one `case add` (which adds a record each run), next to the time the bench itself takes to
//! read every file of the register (`std::fs::read` of each, on one thread), measured just
//! before each run so that both see the page cache alike. Every command runs with a fixed clock
//! (`COI_NOW`) and its output going nowhere. Peak memory is the median of the maximum resident
//! set sizes of three more runs under GNU time (`/usr/bin/time -f %M`; `apt-get install time`
//! provides it on Debian and Ubuntu; without it the column says n/a). The demo register
//! (`data/`) is measured from a copy, so that `case add` never writes into it.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// The clock every command runs with, so that `due` and the lateness warnings never change.
const NOW: &str = "2026-06-30T09:00:00+07:00";

struct Options {
    sizes: Vec<usize>,
    runs: usize,
    seed: u64,
    demo: bool,
    keep: bool,
    baseline: Option<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        sizes: vec![1_000, 10_000, 100_000],
        runs: 5,
        seed: 1,
        demo: true,
        keep: false,
        baseline: None,
    };
    let mut args = std::env::args().skip(1);
    let usage = "usage: bench [--sizes 1000,10000,100000] [--runs 5] [--seed 1] [--no-demo] [--keep] \
         [--baseline COI]";
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| usage.to_string());
        match a.as_str() {
            "--sizes" => {
                o.sizes = value()?
                    .split(',')
                    .map(|s| s.trim().replace('_', "").parse())
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("--sizes: {e}"))?
            }
            "--runs" => o.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--seed" => o.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--no-demo" => o.demo = false,
            "--keep" => o.keep = true,
            "--baseline" => o.baseline = Some(PathBuf::from(value()?)),
            _ => return Err(usage.to_string()),
        }
    }
    if o.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    Ok(o)
}

/// The project's folder: this file is `examples/bench.rs` in it.
fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn build() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--bin",
            "coi",
            "--example",
            "gen_register",
        ])
        .current_dir(project())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("cargo build failed".into())
    }
}

/// One command of the table: its label and its arguments after `--data DIR`.
struct Bench {
    label: &'static str,
    args: Vec<String>,
    /// Each run adds a record, so the register grows by one per run.
    adds: bool,
}

fn benches(out: &Path) -> Vec<Bench> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        Bench {
            label: "check",
            args: s(&["check"]),
            adds: false,
        },
        Bench {
            label: "report --period 2026-Q1 --out DIR",
            args: [
                s(&["report", "--period", "2026-Q1", "--out"]),
                vec![out.display().to_string()],
            ]
            .concat(),
            adds: false,
        },
        Bench {
            label: "gift list --format json",
            args: s(&["--format", "json", "gift", "list"]),
            adds: false,
        },
        Bench {
            label: "due",
            args: s(&["due"]),
            adds: false,
        },
        Bench {
            label: "case add",
            args: s(&[
                "case",
                "add",
                "--quiet",
                "--unit",
                "VP",
                "--person-name",
                "Nguyễn Văn An",
                "--person-position",
                "Chuyên viên",
                "--situation-type",
                "k8",
                "--situation",
                "Em ruột làm giám đốc doanh nghiệp có hồ sơ do ông An thẩm định",
                "--source",
                "tu-bao-cao",
                "--known-on",
                "02/03/2026",
            ]),
            adds: true,
        },
    ]
}

/// The release build's folder: the bench itself is `examples/bench` in it, so that a
/// `CARGO_TARGET_DIR` elsewhere is followed.
fn release() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| project().join("target/release"))
}

fn coi() -> PathBuf {
    release().join("coi")
}

/// `coi --data REG ARGS…` with a fixed clock and actor, run by `program` (coi itself or GNU
/// time, then given `prefix` first).
fn command(program: &Path, prefix: &[std::ffi::OsString], reg: &Path, args: &[String]) -> Command {
    let mut c = Command::new(program);
    c.args(prefix)
        .arg("--data")
        .arg(reg)
        .args(args)
        .env("COI_NOW", NOW)
        .env("COI_USER", "bench")
        .env_remove("COI_DATA")
        .env_remove("COI_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// One run: its wall time. Fails on an exit status other than 0.
fn run_once(coi: &Path, reg: &Path, b: &Bench) -> Result<Duration, String> {
    let start = Instant::now();
    let out = command(coi, &[], reg, &b.args)
        .output()
        .map_err(|e| format!("cannot run coi: {e}"))?;
    let took = start.elapsed();
    if !out.status.success() {
        return Err(format!(
            "coi {} failed ({}): {}",
            b.args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(took)
}

/// The peak resident set size of one run, in KiB, from GNU time; `None` without it.
fn peak_kib(coi: &Path, reg: &Path, b: &Bench, scratch: &Path) -> Result<Option<u64>, String> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return Ok(None);
    }
    let report = scratch.join("time.txt");
    let prefix = [
        "-f".into(),
        "%M".into(),
        "-o".into(),
        report.clone().into(),
        coi.into(),
    ];
    let out = command(time, &prefix, reg, &b.args)
        .output()
        .map_err(|e| format!("cannot run /usr/bin/time: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "coi {} failed under /usr/bin/time: {}",
            b.args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    Ok(text.lines().last().and_then(|l| l.trim().parse().ok()))
}

/// Reads every file under `dir`, as plainly as a program can: the floor for any command that
/// must look at every record.
fn read_every_file(dir: &Path) -> std::io::Result<(usize, u64)> {
    let mut files = 0;
    let mut bytes = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                stack.push(entry.path());
            } else {
                bytes += std::fs::read(entry.path())?.len() as u64;
                files += 1;
            }
        }
    }
    Ok((files, bytes))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 100.0 {
        format!("{ms:.1}")
    } else {
        format!("{ms:.0}")
    }
}

struct Row {
    register: String,
    program: String,
    command: String,
    median: Duration,
    min: Duration,
    max: Duration,
    peak: Option<u64>,
    read: Duration,
}

/// The programs measured: this build, and the baseline when one is given.
type Programs = [(String, PathBuf)];

fn measure(
    name: &str,
    reg: &Path,
    scratch: &Path,
    runs: usize,
    programs: &Programs,
) -> Result<Vec<Row>, String> {
    let read_all = || -> Result<Duration, String> {
        let start = Instant::now();
        read_every_file(reg).map_err(|e| format!("cannot read {}: {e}", reg.display()))?;
        Ok(start.elapsed())
    };
    let (files, bytes) = read_every_file(reg).map_err(|e| e.to_string())?;
    eprintln!("{name}: {files} files, {:.1} MB", bytes as f64 / 1e6);
    let mut rows = Vec::new();
    for b in benches(&scratch.join("report")) {
        // Each run of the command comes right after a read of every file, so that both find
        // the page cache in the same state; the programs take turns run by run.
        read_all()?;
        if !b.adds {
            for (_, coi) in programs {
                run_once(coi, reg, &b)?; // warm-up
            }
        }
        let mut reads = vec![Vec::new(); programs.len()];
        let mut times = vec![Vec::new(); programs.len()];
        for _ in 0..runs {
            for (i, (_, coi)) in programs.iter().enumerate() {
                reads[i].push(read_all()?);
                times[i].push(run_once(coi, reg, &b)?);
            }
        }
        for (i, (program, coi)) in programs.iter().enumerate() {
            // Peak memory varies by a few megabytes with the threads' timing: the median of
            // three runs.
            let mut peaks = Vec::new();
            for _ in 0..3 {
                peaks.push(peak_kib(coi, reg, &b, scratch)?);
            }
            peaks.sort();
            let peak = peaks[1];
            let times = std::mem::take(&mut times[i]);
            let row = Row {
                register: name.to_string(),
                program: program.clone(),
                command: b.label.to_string(),
                median: median(times.clone()),
                min: *times.iter().min().expect("runs ≥ 1"),
                max: *times.iter().max().expect("runs ≥ 1"),
                peak,
                read: median(std::mem::take(&mut reads[i])),
            };
            eprintln!(
                "  {} ({}): {} ms (reading every file: {} ms)",
                row.command,
                row.program,
                ms(row.median),
                ms(row.read)
            );
            rows.push(row);
        }
    }
    Ok(rows)
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn run(o: &Options) -> Result<(), String> {
    build()?;
    let mut programs = vec![("this build".to_string(), coi())];
    if let Some(baseline) = &o.baseline {
        programs.push(("baseline".to_string(), baseline.clone()));
    }
    let scratch = std::env::temp_dir().join(format!("coi-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let result = (|| {
        let mut rows = Vec::new();
        if o.demo {
            let demo = scratch.join("demo");
            copy_dir(&project().join("data"), &demo).map_err(|e| e.to_string())?;
            rows.extend(measure("demo (data/)", &demo, &scratch, o.runs, &programs)?);
        }
        for &n in &o.sizes {
            let reg = scratch.join(format!("reg-{n}"));
            let start = Instant::now();
            let status = Command::new(release().join("examples/gen_register"))
                .args(["--records", &n.to_string(), "--seed", &o.seed.to_string()])
                .arg(&reg)
                .stdout(Stdio::null())
                .status()
                .map_err(|e| format!("cannot run gen_register: {e}"))?;
            if !status.success() {
                return Err("gen_register failed".to_string());
            }
            eprintln!("generated {n} records in {} ms", ms(start.elapsed()));
            // The new files go to disk now rather than while commands are timed.
            let _ = Command::new("sync").status();
            rows.extend(measure(&format!("{n}"), &reg, &scratch, o.runs, &programs)?);
            if !o.keep {
                let _ = std::fs::remove_dir_all(&reg);
            }
        }
        Ok(rows)
    })();
    // The scratch folder goes even when a run failed.
    if o.keep {
        eprintln!("registers kept in {}", scratch.display());
    } else {
        let _ = std::fs::remove_dir_all(&scratch);
    }
    let rows = result?;

    println!(
        "| records | command | binary | median ms | min–max ms | read every file, ms | × read | peak RSS MB |"
    );
    println!("|---|---|---|---:|---:|---:|---:|---:|");
    for r in &rows {
        let ratio = r.median.as_secs_f64() / r.read.as_secs_f64();
        let peak = match r.peak {
            Some(k) => format!("{:.1}", k as f64 / 1024.0),
            None => "n/a".to_string(),
        };
        println!(
            "| {} | {} | {} | {} | {}–{} | {} | {:.2} | {} |",
            r.register,
            r.command,
            r.program,
            ms(r.median),
            ms(r.min),
            ms(r.max),
            ms(r.read),
            ratio,
            peak
        );
    }
    println!(
        "\n{} runs each, each after a read of every file (median in its own column); one warm-up \
         run first except for `case add`; `COI_NOW={NOW}`, seed {}.",
        o.runs, o.seed
    );
    Ok(())
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(&o) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}
