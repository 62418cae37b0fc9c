//! A sealed environment for running `coi`: its own temp folder, HOME and git identity, a fixed
//! clock, no colour. On failure the folder is kept and its path printed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const NOW: &str = "2026-03-14T09:30:00+07:00";
pub const CLERK: &str = "Trần Thị Văn Thư";

pub struct Env {
    dir: Option<tempfile::TempDir>,
    root: PathBuf,
}

impl Drop for Env {
    fn drop(&mut self) {
        if std::thread::panicking()
            && let Some(dir) = self.dir.take()
        {
            eprintln!("test folder kept at {}", dir.keep().display());
        }
    }
}

/// What a run of `coi` left: exit code and both streams.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from_output(out: Output) -> Run {
        Run::from(out)
    }

    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }

    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> String {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self.stdout.clone()
    }

    #[track_caller]
    pub fn fails(&self, code: i32) -> String {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self.stderr.clone()
    }

    /// The last line of stdout: the new ID after an `add`.
    pub fn last_line(&self) -> &str {
        self.stdout.lines().last().unwrap_or_default()
    }
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::Builder::new()
            .prefix("coi-test-")
            .tempdir()
            .expect("temp folder");
        let root = dir.path().to_path_buf();
        std::fs::create_dir_all(root.join("home")).unwrap();
        Env {
            dir: Some(dir),
            root,
        }
    }

    /// An environment with a register `reg` of two units, created without git.
    pub fn with_register() -> Env {
        Env::register(false)
    }

    /// The same register, in a git repository of its own.
    pub fn with_git_register() -> Env {
        Env::register(true)
    }

    fn register(git: bool) -> Env {
        let env = Env::new();
        let mut args = vec!["init", "reg", "--agency", "Ban Quản lý Khu kinh tế tỉnh"];
        args.extend([
            "--unit",
            "VP=Văn phòng",
            "--unit",
            "QLDN=Phòng Quản lý doanh nghiệp",
        ]);
        if !git {
            args.push("--no-git");
        }
        env.coi(&args).ok();
        env
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// `coi` in the test folder, with nothing from the outside environment but PATH.
    pub fn command(&self) -> Command {
        self.sealed(Command::new(env!("CARGO_BIN_EXE_coi")))
    }

    /// A shell script, in the same sealed environment, with `COI` naming the binary.
    pub fn script(&self, script: &Path) -> Command {
        let mut cmd = Command::new("bash");
        cmd.arg(script);
        let mut cmd = self.sealed(cmd);
        cmd.env("COI", env!("CARGO_BIN_EXE_coi"));
        cmd
    }

    fn sealed(&self, mut cmd: Command) -> Command {
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.root.join("home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.root.join("home/.gitconfig"))
            .env("COI_NOW", NOW)
            .env("COI_USER", CLERK)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .current_dir(&self.root)
            .stdin(Stdio::null());
        cmd
    }

    pub fn coi(&self, args: &[&str]) -> Run {
        Run::from(self.command().args(args).output().expect("coi runs"))
    }

    /// `coi --data reg ARGS`.
    pub fn reg(&self, args: &[&str]) -> Run {
        let mut all = vec!["--data", "reg"];
        all.extend_from_slice(args);
        self.coi(&all)
    }

    pub fn git(&self, dir: &str, args: &[&str]) -> String {
        let out = Command::new("git")
            .arg("-C")
            .arg(self.path(dir))
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.root.join("home/.gitconfig"))
            .env("GIT_AUTHOR_NAME", "Kiểm thử")
            .env("GIT_AUTHOR_EMAIL", "kiem-thu@example.invalid")
            .env("GIT_COMMITTER_NAME", "Kiểm thử")
            .env("GIT_COMMITTER_EMAIL", "kiem-thu@example.invalid")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Every file under `rel` with its bytes, for before/after comparisons.
    pub fn snapshot(&self, rel: &str) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, base: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    out.push((p.strip_prefix(base).unwrap().to_path_buf(), Vec::new()));
                    walk(&p, base, out);
                } else {
                    out.push((
                        p.strip_prefix(base).unwrap().to_path_buf(),
                        std::fs::read(&p).unwrap(),
                    ));
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.path(rel), &self.root, &mut out);
        out.sort();
        out
    }
}

/// A complete case, as flags.
pub const CASE: &[&str] = &[
    "case",
    "add",
    "--unit",
    "QLDN",
    "--person-name",
    "Nguyễn Văn An",
    "--person-position",
    "Chuyên viên",
    "--situation-type",
    "art29_8",
    "--situation",
    "Em ruột làm giám đốc doanh nghiệp có hồ sơ do ông An thẩm định",
    "--source",
    "self-report",
    "--known-on",
    "02/03/2026",
];

/// A complete gift, as flags.
pub const GIFT: &[&str] = &[
    "gift",
    "add",
    "--unit",
    "VP",
    "--recipient-name",
    "Phạm Văn Cường",
    "--received-on",
    "10/02/2026",
    "--giver-name",
    "Công ty TNHH Minh Phát",
    "--kind",
    "tien-mat",
    "--description",
    "Phong bì tiền mặt",
    "--value-vnd",
    "2.000.000",
];

/// A complete training, as flags.
pub const TRAINING: &[&str] = &[
    "training",
    "add",
    "--title",
    "Hội nghị quán triệt Kế hoạch kiểm soát xung đột lợi ích năm 2026",
    "--form",
    "hoi-nghi",
    "--topics",
    "coi,gifts",
    "--start-on",
    "20/03/2026",
    "--organizer",
    "VP",
    "--participants",
    "85",
];

pub fn with(base: &[&str], more: &[&str]) -> Vec<String> {
    base.iter().chain(more).map(|s| s.to_string()).collect()
}

impl Env {
    pub fn reg_owned(&self, args: &[String]) -> Run {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.reg(&args)
    }
}

/// The flags of `base` with the value of `flag` replaced.
pub fn set(base: &[String], flag: &str, value: &str) -> Vec<String> {
    let mut out = base.to_vec();
    let at = out
        .iter()
        .position(|a| a == flag)
        .unwrap_or_else(|| panic!("{flag} not in {base:?}"));
    out[at + 1] = value.to_string();
    out
}
