//! A sealed environment for running `coi`: its own temp folder, HOME and git identity, a fixed
//! clock, no colour. On failure the folder is kept and its path printed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const NOW: &str = "2026-03-14T09:30:00+07:00";
pub const CLERK: &str = "Trần Thị Văn Thư";

pub struct Env {
    dir: Option<tempfile::TempDir>,
    root: PathBuf,
    /// `COI_NOW` of every command.
    now: &'static str,
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
            now: NOW,
        }
    }

    /// An environment whose clock is past the end of the demo register's year, so that its
    /// year report is the report of a finished period.
    pub fn after_the_demo_year() -> Env {
        let mut env = Env::new();
        env.now = crate::demo::DEMO_NOW;
        env
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

    /// Gives the register to another account, with a git configuration that trusts no folder,
    /// so that git refuses to open it («dubious ownership»). Only root can: `false`, with a
    /// message, for anyone else.
    #[cfg(unix)]
    pub fn give_the_register_away(&self) -> bool {
        use std::os::unix::fs::MetadataExt;
        if std::fs::metadata(self.path("home")).unwrap().uid() != 0 {
            eprintln!("skipped: only root can give the register to another account");
            return false;
        }
        std::fs::write(self.path("home/.gitconfig"), "").unwrap();
        let status = Command::new("chown")
            .args(["-R", "12345"])
            .arg(self.path("reg"))
            .status()
            .unwrap();
        assert!(status.success());
        true
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
            .env("COI_NOW", self.now)
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
        let out = self.git_command(dir).args(args).output().expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// git in `dir` as a person runs it, sealed like `coi` (no GIT_DIR, GIT_INDEX_FILE or
    /// other variable of the environment the tests run in), with an identity of its own.
    pub fn git_command(&self, dir: &str) -> Command {
        let mut cmd = self.sealed(Command::new("git"));
        cmd.arg("-C")
            .arg(self.path(dir))
            .env("GIT_AUTHOR_NAME", "Kiểm thử")
            .env("GIT_AUTHOR_EMAIL", "kiem-thu@example.invalid")
            .env("GIT_COMMITTER_NAME", "Kiểm thử")
            .env("GIT_COMMITTER_EMAIL", "kiem-thu@example.invalid");
        cmd
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

impl Env {
    /// `coi --data reg` with the words of `line`: split at spaces, except inside '…', which
    /// keeps a value with spaces (or an empty one) as one word. For the commands a test only
    /// needs to run; a test about odd arguments spells them out with [`Env::reg`].
    pub fn run(&self, line: &str) -> Run {
        Run::from(self.command_for(line).output().expect("coi runs"))
    }

    /// [`Env::run`] on another day: `COI_NOW` at 09:30 of `day` (`YYYY-MM-DD`), for a step
    /// taken after the harness's today, since no date of what has happened may be after today.
    pub fn run_on(&self, day: &str, line: &str) -> Run {
        let mut cmd = self.command_for(line);
        cmd.env("COI_NOW", format!("{day}T09:30:00+07:00"));
        Run::from(cmd.output().expect("coi runs"))
    }

    /// The same, not yet run: for a test that changes its environment or runs it beside others.
    pub fn command_for(&self, line: &str) -> Command {
        self.command_at("reg", line)
    }

    /// `coi --data DATA` with the words of `line`, for a register other than `reg` (a clone).
    pub fn run_at(&self, data: &str, line: &str) -> Run {
        Run::from(self.command_at(data, line).output().expect("coi runs"))
    }

    pub fn command_at(&self, data: &str, line: &str) -> Command {
        let mut cmd = self.command();
        cmd.args(["--data", data]).args(words(line));
        cmd
    }

    /// `case add` of a complete case: Nguyễn Văn An of QLDN, a relative's interest, known on
    /// 02/03/2026 by self-report.
    pub fn case(&self) -> Add<'_> {
        Add::new(self, CASE)
    }

    /// `gift add` of a complete gift: 2.000.000 đồng in cash to Phạm Văn Cường of VP, received
    /// on 10/02/2026.
    pub fn gift(&self) -> Add<'_> {
        Add::new(self, GIFT)
    }

    /// `training add` of a complete training: a conference by VP on 20/03/2026 on conflicts of
    /// interest and gifts, 85 participants.
    pub fn training(&self) -> Add<'_> {
        Add::new(self, TRAINING)
    }
}

fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line.trim_start();
    while !rest.is_empty() {
        let (word, after) = match rest.strip_prefix('\'') {
            Some(quoted) => quoted
                .split_once('\'')
                .unwrap_or_else(|| panic!("unclosed quote in {line:?}")),
            None => rest.split_once(char::is_whitespace).unwrap_or((rest, "")),
        };
        out.push(word.to_string());
        rest = after.trim_start();
    }
    out
}

/// The command line of an `add` with every required field filled in. A test changes the
/// fields it is about, adds others, and runs it.
#[derive(Clone)]
pub struct Add<'a> {
    env: &'a Env,
    args: Vec<String>,
}

impl<'a> Add<'a> {
    fn new(env: &'a Env, line: &str) -> Add<'a> {
        Add {
            env,
            args: words(line),
        }
    }

    fn at(&self, flag: &str) -> usize {
        self.args
            .iter()
            .position(|a| a == flag)
            .unwrap_or_else(|| panic!("{flag} not in {:?}", self.args))
    }

    /// Another value for one of the fields filled in, in its place.
    pub fn set(mut self, flag: &str, value: &str) -> Self {
        let at = self.at(flag);
        self.args[at + 1] = value.to_string();
        self
    }

    /// Leaves out one of the fields filled in.
    pub fn without(mut self, flag: &str) -> Self {
        let at = self.at(flag);
        self.args.drain(at..at + 2);
        self
    }

    /// More arguments after those filled in, as given (a flag given twice stays twice).
    /// Adds what the written report states by law (Decree 59/2019 Art. 26 for a gift, Art. 30
    /// for a case), so that `check` has no warning to give about it.
    pub fn stated(self) -> Self {
        let more: &[&str] = match self.args[0].as_str() {
            "case" => &[
                "--impact",
                "tiem-an",
                "--proposed-measure",
                "Giao người khác thẩm định hồ sơ",
            ],
            "gift" => &[
                "--giver-position",
                "Giám đốc",
                "--giver-organization",
                "Công ty TNHH Minh Phát",
                "--giver-address",
                "Khu công nghiệp Phú Hà",
                "--place",
                "Trụ sở Văn phòng",
                "--circumstances",
                "Gửi kèm hồ sơ đề nghị",
                "--relationship",
                "Doanh nghiệp có hồ sơ đang giải quyết",
            ],
            _ => &[],
        };
        self.with(more)
    }

    pub fn with(mut self, more: &[&str]) -> Self {
        self.args.extend(more.iter().map(|s| s.to_string()));
        self
    }

    pub fn unit(self, code: &str) -> Self {
        self.set("--unit", code)
    }

    /// `--person-name` of a case.
    pub fn person(self, name: &str) -> Self {
        self.set("--person-name", name)
    }

    pub fn known_on(self, date: &str) -> Self {
        self.set("--known-on", date)
    }

    pub fn kind(self, kind: &str) -> Self {
        self.set("--kind", kind)
    }

    pub fn description(self, text: &str) -> Self {
        self.set("--description", text)
    }

    pub fn received_on(self, date: &str) -> Self {
        self.set("--received-on", date)
    }

    /// `--value-vnd` of a gift.
    pub fn value(self, amount: &str) -> Self {
        self.set("--value-vnd", amount)
    }

    pub fn participants(self, count: &str) -> Self {
        self.set("--participants", count)
    }

    /// Runs `coi --data reg` with these arguments.
    pub fn add(&self) -> Run {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        self.env.reg(&args)
    }

    /// The same, not yet run: for a test that changes its environment or runs it beside others.
    pub fn command(&self) -> Command {
        let mut cmd = self.env.command();
        cmd.args(["--data", "reg"]).args(&self.args);
        cmd
    }
}

const CASE: &str = "case add --unit QLDN --person-name 'Nguyễn Văn An' \
    --person-position 'Chuyên viên' --situation-type art29_8 \
    --situation 'Em ruột làm giám đốc doanh nghiệp có hồ sơ do ông An thẩm định' \
    --source self-report --known-on 02/03/2026";

const GIFT: &str = "gift add --unit VP --recipient-name 'Phạm Văn Cường' --received-on 10/02/2026 \
    --giver-name 'Công ty TNHH Minh Phát' --kind tien-mat --description 'Phong bì tiền mặt' \
    --value-vnd 2.000.000";

const TRAINING: &str = "training add \
    --title 'Hội nghị quán triệt Kế hoạch kiểm soát xung đột lợi ích năm 2026' \
    --form hoi-nghi --topics coi,gifts --start-on 20/03/2026 --organizer VP --participants 85";
