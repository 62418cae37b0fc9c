//! Every kind of the table of kinds is everywhere a kind must be: a command of its own, a
//! folder made by `init`, a list. Nothing here lists kinds by hand.

use clap::CommandFactory;
use coi::model::Kind;

use crate::harness::Env;

#[test]
fn every_kind_has_its_command_with_the_verbs_every_kind_has() {
    let cli = coi::cli::Cli::command();
    for kind in Kind::ALL {
        let cmd = cli
            .find_subcommand(kind.noun())
            .unwrap_or_else(|| panic!("no command `{}`", kind.noun()));
        for verb in ["add", "list", "show", "edit", "void"] {
            assert!(
                cmd.find_subcommand(verb).is_some(),
                "no `{} {verb}`",
                kind.noun()
            );
        }
    }
}

#[test]
fn every_kind_has_its_folder_and_lists() {
    let env = Env::with_register();
    for kind in Kind::ALL {
        assert!(
            env.path("reg").join(kind.folder()).is_dir(),
            "{}",
            kind.folder()
        );
        env.reg(&[kind.noun(), "list"]).ok();
    }
}

/// `due --kind` takes every kind by either noun, and its help names them all.
#[test]
fn due_takes_and_names_every_kind() {
    let env = Env::with_register();
    let help = env.coi(&["due", "--help"]).ok();
    let english = env.coi(&["--lang", "en", "due", "--help"]).ok();
    for kind in Kind::ALL {
        let word = kind.spec().word;
        assert!(help.contains(word), "{word}: {help}");
        assert!(english.contains(kind.noun()), "{}: {english}", kind.noun());
        env.reg(&["due", "--kind", kind.noun()]).ok();
        env.reg(&["due", "--kind", word]).ok();
    }
}
