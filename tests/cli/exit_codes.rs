//! The exit codes, as the README's «Mã thoát» and "Exit codes" say: 0 done; 1 a problem with the
//! data, a step refused for the record as it stands included; 2 a problem with the command.

use crate::harness::Env;

#[test]
fn zero_when_done() {
    let env = Env::with_git_register();
    let id = env.case().add().ok().lines().last().unwrap().to_string();
    env.reg(&["case", "show", &id]).ok();
    env.reg(&["case", "list"]).ok();
    env.reg(&["check"]).ok();
    env.reg(&[
        "case",
        "decide",
        &id,
        "--measure",
        "giam-sat",
        "--date",
        "05/03/2026",
    ])
    .ok();
    env.reg(&["whoami"]).ok();
}

#[test]
fn one_for_a_problem_with_the_data() {
    let env = Env::with_git_register();
    let id = env.case().add().ok().lines().last().unwrap().to_string();
    // A decision dated before the day the case was known (02/03/2026).
    env.reg(&[
        "case",
        "decide",
        &id,
        "--measure",
        "giam-sat",
        "--date",
        "01/03/2026",
    ])
    .fails(1);
    // A new record whose dates are out of order.
    env.case()
        .with(&["--reported-on", "01/01/2026"])
        .add()
        .fails(1);
    // A step that makes no sense as the record stands: a gift handled before it was handed over.
    let gift = env.gift().add().ok().lines().last().unwrap().to_string();
    env.reg(&[
        "gift",
        "handle",
        &gift,
        "--outcome",
        "nop-ngan-sach",
        "--date",
        "12/02/2026",
    ])
    .fails(1);
    // No such record.
    env.reg(&["case", "show", "XDLI-2026-099"]).fails(1);
    // A record file that cannot be read: `check` reports it.
    env.write("reg/cases/2026/XDLI-2026-050.yaml", "id: [\n");
    env.reg(&["check"]).fails(1);
    // No register.
    env.coi(&["--data", "nowhere", "case", "list"]).fails(1);
}

#[test]
fn two_for_a_problem_with_the_command() {
    let env = Env::with_git_register();
    env.reg(&["case", "frobnicate"]).fails(2);
    env.reg(&["case", "list", "--no-such-flag"]).fails(2);
    env.case().without("--situation").add().fails(2);
    env.case().set("--known-on", "31/02/2026").add().fails(2);
    env.case().set("--source", "rumour").add().fails(2);
    env.case().set("--unit", "KHONG").add().fails(2);
    env.gift().set("--value-vnd", "hai triệu").add().fails(2);
}
