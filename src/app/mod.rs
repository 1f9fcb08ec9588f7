//! The interactive reader: state, actions, the pure `update`, the keymap and the event loop.
//! Only this module and `ui` know there is a terminal.

pub mod action;
mod complete;
mod dict_edit;
mod entity_count;
mod entity_view;
pub mod keymap;
pub mod layout;
mod line;
mod reader;
mod run;
mod split;
mod state;
mod update;
mod watchdog;

pub use action::{Action, Edit, Effect};
pub use complete::Completion;
pub use dict_edit::UserDictionary;
pub use entity_view::{EntityView, Sort};
pub use layout::{Pane, Split};
pub use reader::Reader;
pub use run::run;
pub use state::AppState;
