//! Drawing: a pure function of the app state onto a ratatui frame.
