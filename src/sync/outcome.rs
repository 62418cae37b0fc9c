//! What a sync did, also when it stopped on the way.

use crate::model::{Conflict, RecordId};

use super::repo::Touched;
use super::stop::Stop;

/// What one sync did. A sync that stops after the remote took its tip still has one, in
/// [`Stopped::done`].
#[derive(Debug, Default)]
pub struct Outcome {
    pub came_in: Vec<Touched>,
    pub commits_in: usize,
    pub went_out: Vec<Touched>,
    pub commits_out: usize,
    /// Provisional ID, final ID: the records this sync published, in the order numbered.
    pub published: Vec<(RecordId, RecordId)>,
    /// Old ID, new ID: records numbered with no remote whose number the remote had taken.
    pub renumbered: Vec<(RecordId, RecordId)>,
    pub conflicts: Vec<(RecordId, Conflict)>,
    /// Old tag name, new tag name.
    pub tags_renamed: Vec<(String, String)>,
    pub tags_in: Vec<String>,
    pub tags_out: Vec<String>,
    /// How many pushes were refused because someone pushed first.
    pub retries: usize,
}

/// A sync that stopped, with what it had done by then.
#[derive(Debug)]
pub struct Stopped {
    pub stop: Stop,
    pub done: Outcome,
}
