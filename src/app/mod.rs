//! The interactive reader: state, actions, the pure `update`, the keymap and the event loop.
//! Only this module and `ui` know there is a terminal.

pub mod action;
mod browser;
mod clipboard;
mod dict_edit;
mod hits;
pub mod keymap;
pub mod layout;
mod line;
mod marked;
mod outside;
mod outward;
mod reader;
mod recall;
mod remember;
mod run;
pub mod settings;
mod state;
mod update;
mod wake;
mod watchdog;

pub use action::{Action, Edit, Effect};
pub use dict_edit::UserDictionary;
pub use layout::Pane;
pub use marked::Marked;
pub use reader::Reader;
pub use run::{Options, run};
pub use state::AppState;
