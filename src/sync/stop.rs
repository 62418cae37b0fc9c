//! What stops a sync, for the clerk to be told.

/// What stops a sync.
#[derive(Debug)]
pub enum Stop {
    NoRemote,
    Detached,
    Unreachable {
        detail: String,
    },
    /// The clone and the remote share no commit: the clone was not made from the remote.
    Unrelated,
    /// The remote's branch no longer holds what this clone took from it (its history was
    /// rewritten): sending the records again would make second copies.
    Rewritten,
    /// A file other than a record that both sides changed in ways git cannot join.
    CannotReplay {
        file: String,
    },
    /// A file of the work tree that is not committed stands where the sync must write.
    WorkTreeInTheWay {
        detail: String,
    },
    /// The remote refused the push for a reason other than a race (its rules, its disk).
    PushRefused {
        detail: String,
    },
    /// Someone kept pushing first.
    TooManyRaces,
    /// A record the sync would write has a git attribute of another program.
    ForeignAttribute {
        file: String,
        attribute: String,
    },
    /// The remote took the new tip but the work tree could not be moved to it (a full disk):
    /// the journal stays for the next command to finish.
    MoveUnfinished {
        detail: String,
    },
}
