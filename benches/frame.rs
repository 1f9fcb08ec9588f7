//! Frame cost (DESIGN 5: 2 ms at 200x50, independent of article length): draw the reader into
//! a ratatui TestBackend with a 64 KB and a 1 MB article selected (both fill the screen at the
//! place drawn), after the one-off wrap.

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::app::{Action, AppState};
use dossier::corpus::{self, Article, ArticleData};
use dossier::entities::{Dictionary, EntityIndex, Matcher};
use dossier::ui::theme::{Palette, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;

/// A reader at 200x50 whose selected article has a body of about `bytes` bytes of seed text.
fn state(bytes: usize) -> AppState {
    let seeds = corpus::seeds().articles;
    let mut body = String::new();
    while body.len() < bytes {
        for a in &seeds {
            body.push_str(a.text());
            body.push_str("\n\n");
        }
    }
    body.truncate(body.floor_char_boundary(bytes));
    let article = Article::new(&ArticleData {
        id: "big".into(),
        title: seeds[0].title().to_string(),
        date: Some("2016-09-10".into()),
        text: body,
        ..Default::default()
    });
    let articles: Arc<[Article]> = std::iter::once(article)
        .chain(seeds)
        .collect::<Vec<_>>()
        .into();
    let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    let mut s = AppState::new(articles, index, Theme::new(Palette::Rgb), "", None);
    s.update(Action::Resize {
        width: 200,
        height: 50,
    });
    s.update(Action::ToggleEntities);
    // Somewhere in the middle of the article.
    for _ in 0..5 {
        s.update(Action::PageDown);
    }
    s
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_200x50");
    for (name, bytes) in [("64KB_article", 64_000), ("1MB_article", 1_000_000)] {
        let s = state(bytes);
        let mut terminal = Terminal::new(TestBackend::new(200, 50)).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal.draw(|f| dossier::ui::draw(f, &s)).unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
