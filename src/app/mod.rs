//! The interactive reader: state, actions, the pure `update`, the keymap and the event loop.
//! Only this module and `ui` know there is a terminal.

pub mod action;
pub mod compare;
mod compare_worker;
mod dict_edit;
pub mod keymap;
pub mod layout;
mod line;
mod reader;
pub mod related;
mod run;
mod state;
mod update;
mod watchdog;

pub use action::{Action, Edit, Effect};
pub use dict_edit::UserDictionary;
pub use layout::Pane;
pub use reader::Reader;
pub use run::run;
pub use state::AppState;
