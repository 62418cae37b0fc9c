//! The province's compile at scale: N agency registers (60 by default) of about 2 000 records
//! each, made by the `gen_register` example with a seed each, every one pushed to a bare remote
//! of its own with a submission (`coi report --period P --submit`, its tag pushed); then
//! `coi province collect` and `coi province report` are timed against the floor, a plain
//! `git fetch` of the same tags in a loop, and their peak memory measured with GNU time
//! (`/usr/bin/time -f %M`, when installed). `report` is timed when it makes each agency's
//! figures again at its tagged commit, when it finds them kept from the first run, and with
//! `--no-verify`.
//!
//! ```bash
//! cargo build --release --bin coi --example gen_register --example province_bench
//! target/release/examples/province_bench --agencies 60 --records 2000 /tmp/province-bench
//! ```
//!
//! The binaries are those of the build the example belongs to (release or debug).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

/// The period submitted, and the day the registers live on (after every generated date).
const PERIOD: &str = "2026";
const NOW: &str = "2028-12-31T09:00:00+07:00";

struct Options {
    agencies: usize,
    records: usize,
    dir: PathBuf,
}

/// The folder of this build's binaries: the example sits in its `examples/`.
fn build_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the example's own path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target/<profile>/examples")
        .to_path_buf()
}

fn run(c: &mut Command, what: &str) -> Result<(), String> {
    let out = c
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{what}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{what} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

fn git(dir: &Path, args: &[&str]) -> Result<(), String> {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.invalid")
        .env("GIT_COMMITTER_NAME", "bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.invalid");
    run(&mut c, &format!("git {}", args.join(" ")))
}

fn coi(bin: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(bin.join("coi"));
    c.current_dir(dir)
        .args(args)
        .env("COI_NOW", NOW)
        .env("COI_USER", "bench")
        .env_remove("COI_DATA")
        .env_remove("COI_LANG")
        .env("GIT_AUTHOR_NAME", "bench")
        .env("GIT_AUTHOR_EMAIL", "bench@example.invalid")
        .env("GIT_COMMITTER_NAME", "bench")
        .env("GIT_COMMITTER_EMAIL", "bench@example.invalid");
    c
}

/// Agency `i`: its register, committed, pushed to `a<i>.git` with its submission's tag.
fn agency(bin: &Path, o: &Options, i: usize) -> Result<PathBuf, String> {
    let reg = o.dir.join(format!("a{i:03}"));
    let bare = o.dir.join(format!("a{i:03}.git"));
    let (records, seed) = (o.records.to_string(), (i + 1).to_string());
    let mut generate = Command::new(bin.join("examples/gen_register"));
    generate
        .args(["--records", &records, "--seed", &seed])
        .arg(&reg);
    run(&mut generate, "gen_register")?;
    git(&reg, &["init", "--quiet"])?;
    git(&reg, &["add", "-A"])?;
    git(&reg, &["commit", "--quiet", "-m", "Register"])?;
    git(
        &o.dir,
        &["init", "--quiet", "--bare", &format!("a{i:03}.git")],
    )?;
    git(
        &reg,
        &["remote", "add", "origin", &bare.display().to_string()],
    )?;
    git(&reg, &["push", "--quiet", "origin", "HEAD"])?;
    run(
        &mut coi(bin, &reg, &["report", "--period", PERIOD, "--submit"]),
        "coi report --submit",
    )?;
    git(&reg, &["push", "--quiet", "origin", "HEAD", "--tags"])?;
    Ok(bare)
}

/// The wall time of `c`, and its peak memory in KiB under GNU time when `time` is given.
fn timed(mut c: Command, what: &str) -> Result<Duration, String> {
    let start = Instant::now();
    run(c.stdout(Stdio::null()), what)?;
    Ok(start.elapsed())
}

fn peak(bin: &Path, dir: &Path, args: &[&str], scratch: &Path) -> Result<Option<u64>, String> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return Ok(None);
    }
    let report = scratch.join("time.txt");
    let c = coi(bin, dir, args);
    let mut t = Command::new(time);
    t.current_dir(dir)
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(c.get_program())
        .args(c.get_args())
        .envs(c.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .stdout(Stdio::null());
    run(&mut t, "/usr/bin/time coi")?;
    let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    Ok(text.trim().lines().last().and_then(|l| l.parse().ok()))
}

fn bench(o: &Options) -> Result<(), String> {
    let bin = build_dir();
    std::fs::create_dir_all(&o.dir).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut remotes = Vec::new();
    for i in 0..o.agencies {
        remotes.push(agency(&bin, o, i)?);
    }
    eprintln!(
        "{} agencies of {} records made in {:.1?}",
        o.agencies,
        o.records,
        start.elapsed()
    );
    let ws = o.dir.join("ws");
    let name = "Thanh tra tỉnh Bình Hải";
    run(
        &mut coi(&bin, &o.dir, &["province", "init", "ws", "--name", name]),
        "province init",
    )?;
    for (i, remote) in remotes.iter().enumerate() {
        let code = format!("A{i:03}");
        let name = format!("Cơ quan {code}");
        let remote = remote.display().to_string();
        let args = [
            "province",
            "add-agency",
            &code,
            "--name",
            &name,
            "--remote",
            &remote,
        ];
        run(&mut coi(&bin, &ws, &args), "province add-agency")?;
    }
    // The floor: the same tags fetched by git alone, one remote after the other.
    let floor = o.dir.join("floor.git");
    git(&o.dir, &["init", "--quiet", "--bare", "floor.git"])?;
    let start = Instant::now();
    for (i, remote) in remotes.iter().enumerate() {
        // Each agency's tags under a name of its own: they all have the same names.
        let refspec = format!("refs/tags/*:refs/agencies/A{i:03}/*");
        let remote = remote.display().to_string();
        git(
            &floor,
            &["fetch", "--quiet", "--no-tags", &remote, &refspec],
        )?;
    }
    let fetch = start.elapsed();
    let collect_args = ["province", "collect", "--period", PERIOD, "--by", "bench"];
    let collect = timed(coi(&bin, &ws, &collect_args), "province collect")?;
    let report_args = ["--format", "json", "province", "report", "--period", PERIOD];
    let unchecked_args = [&report_args[..], &["--no-verify"]].concat();
    // The first compile makes each agency's report again at its tagged commit; the next finds
    // the figures it kept in each agency's store.
    let forget = || -> Result<(), String> {
        for i in 0..o.agencies {
            let kept = ws.join(format!("submissions/A{i:03}.git/coi-verified.json"));
            match std::fs::remove_file(&kept) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.to_string()),
                _ => {}
            }
        }
        Ok(())
    };
    let report = timed(coi(&bin, &ws, &report_args), "province report")?;
    let again = timed(coi(&bin, &ws, &report_args), "province report")?;
    let unchecked = timed(coi(&bin, &ws, &unchecked_args), "province report")?;
    let collect_peak = peak(&bin, &ws, &collect_args, &o.dir)?;
    forget()?;
    let report_peak = peak(&bin, &ws, &report_args, &o.dir)?;
    let again_peak = peak(&bin, &ws, &report_args, &o.dir)?;
    let unchecked_peak = peak(&bin, &ws, &unchecked_args, &o.dir)?;
    let kib = |k: Option<u64>| k.map_or("–".to_string(), |k| format!("{} MiB", k / 1024));
    println!(
        "| {} agencies × {} records | time | peak memory |",
        o.agencies, o.records
    );
    println!("|---|---:|---:|");
    println!("| `git fetch` of the tags, in a loop (floor) | {fetch:.2?} | – |");
    println!(
        "| `coi province collect --period {PERIOD}` | {collect:.2?} | {} |",
        kib(collect_peak)
    );
    println!(
        "| `coi province report --period {PERIOD}` (figures made again) | {report:.2?} | {} |",
        kib(report_peak)
    );
    println!(
        "| `coi province report --period {PERIOD}` (figures kept) | {again:.2?} | {} |",
        kib(again_peak)
    );
    println!(
        "| `coi province report --period {PERIOD} --no-verify` | {unchecked:.2?} | {} |",
        kib(unchecked_peak)
    );
    Ok(())
}

fn options() -> Result<Options, String> {
    let usage = || {
        "usage: province_bench [--agencies N] [--records N] DIR (DIR must not exist)".to_string()
    };
    let mut o = Options {
        agencies: 60,
        records: 2000,
        dir: PathBuf::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut number = || -> Result<usize, String> {
            let v = args.next().ok_or_else(usage)?;
            v.parse().map_err(|_| format!("{a}: not a number: {v}"))
        };
        match a.as_str() {
            "--agencies" => o.agencies = number()?,
            "--records" => o.records = number()?,
            "-h" | "--help" => return Err(usage()),
            _ if o.dir.as_os_str().is_empty() => o.dir = PathBuf::from(&a),
            _ => return Err(usage()),
        }
    }
    if o.dir.as_os_str().is_empty() || o.dir.exists() {
        return Err(usage());
    }
    Ok(o)
}

fn main() -> ExitCode {
    match options().and_then(|o| bench(&o)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
