//! The interactive reader: state, actions, the pure `update`, the keymap and the event loop.
//! Only this module and `ui` know there is a terminal.

pub mod action;
mod browser;
mod clipboard;
pub mod compare;
mod compare_worker;
mod complete;
mod dict_edit;
mod entity_count;
mod entity_view;
mod hits;
pub mod keymap;
pub mod layout;
mod line;
mod marked;
mod outside;
mod outward;
mod reader;
mod recall;
pub mod related;
mod remember;
mod run;
pub mod settings;
mod split;
mod state;
mod update;
mod wake;
mod watchdog;

pub use action::{Action, Edit, Effect};
pub use complete::Completion;
pub use dict_edit::UserDictionary;
pub use entity_view::{EntityView, Sort};
pub use layout::{Pane, Split};
pub use marked::Marked;
pub use reader::Reader;
pub use run::{Options, run};
pub use state::AppState;
