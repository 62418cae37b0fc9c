//! Submission tags (`bao-cao/<period>`): a tag is the report as it was sent, so it never moves
//! to another commit. The remote's tags are taken in; a local tag whose name the remote gave to
//! another commit takes the next free number (`bao-cao/2026-Q1-2`), on the same commit.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Result;

use super::outcome::Outcome;
use super::repo::Repo;

/// The namespace the remote's submission tags are fetched into, apart from the local tags.
pub(super) const REMOTE_TAGS: &str = "refs/coi/remote-tags/";
pub(super) const TAG_PATTERN: &str = "bao-cao/";

/// Tag name → (tag object, the commit it names).
type Tags = BTreeMap<String, (String, String)>;

fn list(repo: &Repo, namespace: &str) -> Result<Tags> {
    let out = repo.text(&[
        "for-each-ref",
        "--format=%(refname)%00%(objectname)%00%(*objectname)",
        namespace,
    ])?;
    Ok(out
        .lines()
        .filter_map(|l| {
            let mut p = l.split('\0');
            let name = p.next()?;
            let object = p.next()?.to_string();
            let peeled = p
                .next()
                .filter(|s| !s.is_empty())
                .unwrap_or(&object)
                .to_string();
            let short = name.strip_prefix(namespace)?.to_string();
            Some((format!("{TAG_PATTERN}{short}"), (object, peeled)))
        })
        .collect())
}

/// Takes in the remote's tags and renames a local tag whose name the remote took; returns the
/// local tags to push.
pub(super) fn settle(repo: &Repo, outcome: &mut Outcome) -> Result<Vec<String>> {
    let local = list(repo, &format!("refs/tags/{TAG_PATTERN}"))?;
    let remote = list(repo, &format!("{REMOTE_TAGS}{TAG_PATTERN}"))?;
    let mut to_push = Vec::new();
    let mut taken: BTreeSet<String> = local.keys().chain(remote.keys()).cloned().collect();
    let mut renamed = BTreeSet::new();
    for (name, (object, peeled)) in &local {
        match remote.get(name) {
            Some((_, theirs)) if theirs == peeled => {}
            Some(_) => {
                let new = next_free(name, &taken);
                taken.insert(new.clone());
                // The same tag object's commit, under the new name.
                repo.bytes(&["update-ref", &format!("refs/tags/{new}"), object])?;
                repo.bytes(&["update-ref", "-d", &format!("refs/tags/{name}")])?;
                outcome.tags_renamed.push((name.clone(), new.clone()));
                renamed.insert(name.clone());
                to_push.push(new);
            }
            None => to_push.push(name.clone()),
        }
    }
    for (name, (object, _)) in &remote {
        if !local.contains_key(name) || renamed.contains(name) {
            repo.bytes(&["update-ref", &format!("refs/tags/{name}"), object])?;
            outcome.tags_in.push(name.clone());
        }
    }
    Ok(to_push)
}

/// `bao-cao/2026-Q4` → `bao-cao/2026-Q4-2` (or the next number not taken).
pub(super) fn next_free(name: &str, taken: &BTreeSet<String>) -> String {
    let stem = match name.rsplit_once('-') {
        Some((stem, n)) if n.parse::<u32>().is_ok_and(|n| n >= 2) => stem,
        _ => name,
    };
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .expect("a free number")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_taken_on_the_remote_moves_to_the_next_free_number() {
        let taken: BTreeSet<String> = ["bao-cao/2026-Q4", "bao-cao/2026-Q4-2"]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(next_free("bao-cao/2026-Q4", &taken), "bao-cao/2026-Q4-3");
        assert_eq!(next_free("bao-cao/2026-Q4-2", &taken), "bao-cao/2026-Q4-3");
        assert_eq!(next_free("bao-cao/2026", &taken), "bao-cao/2026-2");
    }
}
