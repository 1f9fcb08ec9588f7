//! The interactive reader: state, actions, the pure `update`, the keymap and the event loop.
