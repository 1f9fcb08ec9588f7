//! The state database's cost (issue 12: marking must not hold up keys on 100k articles):
//! `cargo bench --bench state`.
//!
//! - `mark_key_100k`: what a key press `f` costs the UI thread over 100k articles (the mark in
//!   memory, queued for the writer; the disk is the writer thread's);
//! - `write_mark_100k`: one mark written and committed by the writer, into a database that
//!   holds marks of 100k articles;
//! - `open_100k`: opening the state for 100k articles before the first frame: identities
//!   (half with a URL, half hashed) and reading 100k marks.

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::app::{Action, AppState};
use dossier::corpus::{Article, Packer};
use dossier::entities::{Dictionary, EntityIndex, Matcher};
use dossier::state::{Mark, Memory, Store, identities};
use dossier::ui::theme::{Palette, Theme};
use std::sync::Arc;

#[path = "support/corpus_gen.rs"]
#[allow(dead_code)]
mod corpus_gen;
use corpus_gen::Generator;

/// `n` generated articles; every other one without a URL, so that its identity is a hash.
fn articles(n: usize) -> Arc<[Article]> {
    let mut g = Generator::default();
    let mut packer = Packer::default();
    for i in 0..n {
        let mut a = g.next_record().article();
        if i % 2 == 1 {
            a.url = None;
        }
        packer.push(&Default::default(), &a);
    }
    packer.finish().into()
}

fn bench(c: &mut Criterion) {
    let list = articles(100_000);
    let mut group = c.benchmark_group("state");
    group.sample_size(10);

    let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
    let index = Arc::new(EntityIndex::new(matcher, list.clone()));
    let mut s = AppState::new(list.clone(), index, Theme::new(Palette::Rgb), "", None);
    s.update(Action::Resize {
        width: 200,
        height: 50,
    });
    s.update(Action::Last);
    group.bench_function("mark_key_100k", |b| {
        b.iter(|| {
            s.update(Action::ToggleStar);
            s.unsaved.clear();
        })
    });

    let dir = tempfile::tempdir().unwrap();
    let ids = identities(&list);
    let store = Store::open(dir.path()).unwrap();
    for id in &ids {
        store.set(id, Mark::Read, true).unwrap();
    }
    let mut on = false;
    group.bench_function("write_mark_100k", |b| {
        b.iter(|| {
            on = !on;
            store.set(&ids[ids.len() / 2], Mark::Starred, on).unwrap();
        })
    });
    drop(store);

    group.bench_function("open_100k", |b| {
        b.iter(|| {
            let m = Memory::open(Some(dir.path()), &list, "bench");
            assert_eq!(m.marks.count(Mark::Read), list.len());
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
