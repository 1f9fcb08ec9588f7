//! Everything that can happen to the reader, as data. The keymap turns keys into these; the
//! event loop turns worker messages into these; `AppState::update` is the only thing that acts.

use crate::entities::{DictEdit, EntityIndex, EntityStat};
use crate::search::Update;
use std::sync::Arc;

/// An edit of the filter line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Insert a character at the cursor.
    Insert(char),
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character under the cursor.
    Delete,
    /// Move the cursor one character left.
    Left,
    /// Move the cursor one character right.
    Right,
    /// Move the cursor to the start of the line.
    Home,
    /// Move the cursor to the end of the line.
    End,
    /// Delete everything before the cursor (`Ctrl-U`).
    ClearToStart,
    /// Delete the word before the cursor (`Ctrl-W`).
    DeleteWord,
}

/// A thing the user or the machinery asks the reader to do.
pub enum Action {
    /// Next article (list), next line (reader), next entity (entity panel).
    Down,
    /// Previous article (list), previous line (reader), previous entity (entity panel).
    Up,
    /// Page the reader down, whatever pane has focus.
    PageDown,
    /// Page the reader up, whatever pane has focus.
    PageUp,
    /// First article / top of the article / first entity.
    First,
    /// Last article / end of the article / last entity.
    Last,
    /// Focus the next pane (`Tab`).
    FocusNext,
    /// Focus the previous pane (`Shift-Tab`).
    FocusPrev,
    /// Focus the pane to the left (`h`, `←`).
    FocusLeft,
    /// Focus the pane to the right (`l`, `→`).
    FocusRight,
    /// List: read the selected article. Entity panel: filter by the selected entity.
    Activate,
    /// Show or hide the entity panel (`e`).
    ToggleEntities,
    /// Show or hide the help overlay (`?`).
    ToggleHelp,
    /// Start editing the filter (`/`).
    EditFilter,
    /// Edit the filter line while editing it.
    Edit(Edit),
    /// Put the next entity name offered in place of the `@` word at the cursor (`Tab` in the
    /// filter bar).
    Complete,
    /// Keep the filter and return to the list (`Enter` in the filter bar).
    KeepFilter,
    /// Clear the filter and return to the list (`Esc` in the filter bar).
    ClearFilter,
    /// Jump to the next search hit or mention of the selected entity (`n`).
    NextHit,
    /// Jump to the previous one (`N`).
    PrevHit,
    /// Entity panel: the next kind (person → org → place → event → group → misc) for the
    /// selected name found in the collection, before it is added (`t`).
    CycleKind,
    /// Entity panel: add the selected name found in the collection to the user's dictionary,
    /// with the kind shown (`a`).
    AddEntity,
    /// Entity panel: mark the selected name found in the collection "not a name" in the user's
    /// dictionary, so that it is never found again (`x`).
    NotAName,
    /// The dictionary changed: highlight with this index from now on; `message` says what
    /// changed.
    Reindexed {
        /// The index built from the edited dictionary.
        index: Arc<EntityIndex>,
        /// For the status bar.
        message: String,
    },
    /// A message for the status bar (the outcome of an effect).
    Message {
        /// The message.
        text: String,
        /// Whether it reports a failure.
        error: bool,
    },
    /// Mark the selected article read, or unread again (`m`).
    ToggleRead,
    /// Star the selected article, or take its star off (`f`).
    ToggleStar,
    /// Open the selected article's URL in the browser (`o`).
    OpenUrl,
    /// Copy the selected article's URL to the clipboard (`y`).
    CopyUrl,
    /// Copy the selected article as Markdown to the clipboard (`Y`).
    CopyArticle,
    /// Write the filtered list, with text and entities, to a file (`w`).
    Export,
    /// Leave dossier (`q`, `Ctrl-C`, a signal).
    Quit,
    /// The terminal now has this size.
    Resize {
        /// Columns.
        width: u16,
        /// Rows.
        height: u16,
    },
    /// The mouse wheel turned over a cell.
    Wheel {
        /// Column of the pointer.
        column: u16,
        /// Row of the pointer.
        row: u16,
        /// True for down (towards the end).
        down: bool,
    },
    /// A left click on a cell.
    Click {
        /// Column of the pointer.
        column: u16,
        /// Row of the pointer.
        row: u16,
    },
    /// The filter worker has (partial or complete) results.
    Filtered(Update),
    /// Narrow the list, widening the reader (`<`).
    ShrinkList,
    /// Widen the list, narrowing the reader (`>`).
    GrowList,
    /// Give the focused pane the whole width, or share it again (`z`).
    Zoom,
    /// Scroll the reader half a page down, whatever pane has focus (`Ctrl-D`).
    HalfPageDown,
    /// Scroll the reader half a page up, whatever pane has focus (`Ctrl-U`).
    HalfPageUp,
    /// Show or hide every warning of loading, in full (`!`).
    ToggleWarnings,
    /// Open the entity view of the filtered collection, or close it (`E`, `Esc`).
    ToggleEntityView,
    /// Entity view: sort by the next key (articles, mentions, name, kind) (`Tab`).
    CycleSort,
    /// The entities of the filtered collection are counted, for the entity view.
    EntitiesCounted {
        /// Which count this answers.
        generation: u64,
        /// Per entity, most articles first.
        stats: Vec<EntityStat>,
    },
    /// Counting the entities has got this far.
    EntityCountProgress {
        /// Which count.
        generation: u64,
        /// Articles counted.
        done: usize,
    },
    /// Open or close the compare view (`c`).
    ToggleCompare,
    /// Close what is open over the reader (compare view, quotations) (`Esc`).
    Back,
    /// Show the articles related to the selected one, or close them (`r`).
    ToggleRelated,
    /// The related articles were found.
    RelatedFound {
        /// The request's generation.
        generation: u64,
        /// Best first.
        items: Vec<crate::compare::Related>,
    },
    /// The compare worker finished a job.
    Compared {
        /// The job's generation.
        generation: u64,
        /// Its result.
        coverage: Arc<crate::compare::Coverage>,
    },
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing.
    None,
    /// Send this query to the filter worker.
    Filter(String),
    /// Edit the user's dictionary file, then rebuild the entity index from the edited
    /// dictionary and send it back as [`Action::Reindexed`].
    EditDictionary(DictEdit),
    /// Open this URL in the browser, without waiting for it.
    OpenUrl(String),
    /// Put `text` on the clipboard (OSC 52); `what` names it in the status bar.
    Copy {
        /// What to copy.
        text: String,
        /// "URL", "article as Markdown".
        what: &'static str,
    },
    /// Write these articles (positions in the corpus, in list order) to a file, as
    /// `dossier export` would.
    Export(Vec<u32>),
    /// Count the entities of these articles (indices) on a worker and send them back as
    /// [`Action::EntitiesCounted`].
    CountEntities {
        /// Which count this is.
        generation: u64,
        /// The articles, as indices into the corpus.
        articles: Vec<u32>,
    },
    /// Start computing the compare view for a list (cancelling the previous job).
    Compare(super::compare::Job),
    /// Find the articles related to one, on a worker.
    Related(super::related::RelatedJob),
    /// Restore the terminal and exit.
    Quit,
}
