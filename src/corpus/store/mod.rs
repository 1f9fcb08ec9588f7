//! Stage 5 of loading: articles made and kept.
//!
//! `build` makes an `ArticleData` from a text or a JSON record (running `text` and `meta`);
//! `plain` tells from a raw text whether building would keep its words as spelled (so that a
//! one-shot query can pass it over unbuilt); `article` is the stored article and its views; `pack` packs many articles' strings into one
//! shared block; `order` sorts a corpus (newest first); `prefetch` hints the CPU ahead of
//! scattered reads.

pub(super) mod article;
pub(super) mod build;
pub(super) mod order;
pub(super) mod pack;
pub(super) mod plain;
pub(super) mod prefetch;
