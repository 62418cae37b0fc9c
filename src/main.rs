use std::process::ExitCode;

fn main() -> ExitCode {
    coi::run::run(std::env::args_os().collect())
}
