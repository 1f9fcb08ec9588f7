//! Behaviour tests of the search module as a user of the filter bar would see it.

mod engine;
mod fake;
mod highlight;
mod narrow;
mod parse;
mod props;
mod words;
mod worker;
