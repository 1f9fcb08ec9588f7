//! Behaviour tests of the search module as a user of the filter bar would see it.

mod fake;
