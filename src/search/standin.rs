//! TEMPORARY stand-in for the search API until the real module lands: substring of title.
use super::EntityFilter;
use crate::corpus::Article;
use std::ops::Range;
use std::sync::{Arc, Mutex, mpsc};

#[derive(Debug, Clone)]
pub struct Query(String);
impl Query {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    pub message: String,
    pub span: Range<usize>,
}
pub fn parse(input: &str) -> Result<Query, QueryError> {
    if input.starts_with("date:y") {
        return Err(QueryError {
            message: format!("bad date '{}'", &input[5..]),
            span: 0..input.len(),
        });
    }
    Ok(Query(input.trim().to_lowercase()))
}
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub index: u32,
    pub score: i64,
}
pub fn filter(articles: &[Article], query: &Query, _ents: &dyn EntityFilter) -> Vec<Hit> {
    let mut v: Vec<Hit> = articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.title.to_lowercase().contains(&query.0))
        .map(|(i, _)| Hit {
            index: i as u32,
            score: 0,
        })
        .collect();
    v.sort_by(|a, b| {
        articles[b.index as usize]
            .date
            .cmp(&articles[a.index as usize].date)
    });
    v
}
#[derive(Debug, Default, Clone)]
pub struct RowHighlight {
    pub title: Vec<usize>,
    pub source: Vec<usize>,
    pub author: Vec<usize>,
}
pub fn highlight(query: &Query, article: &Article) -> RowHighlight {
    let lower = article.title.to_lowercase();
    let mut h = RowHighlight::default();
    if !query.0.is_empty() {
        if let Some(b) = lower.find(&query.0) {
            let c = lower[..b].chars().count();
            h.title = (c..c + query.0.chars().count()).collect();
        }
    }
    h
}
pub fn exact_ranges(query: &Query, text: &str) -> Vec<Range<usize>> {
    if query.0.is_empty() {
        return vec![];
    }
    text.match_indices(&query.0)
        .map(|(i, m)| i..i + m.len())
        .collect()
}
pub struct Update {
    pub query: String,
    pub result: Result<Vec<Hit>, QueryError>,
    pub complete: bool,
}
pub struct Worker {
    articles: Arc<[Article]>,
    ents: Arc<dyn EntityFilter + Send>,
    tx: mpsc::Sender<Update>,
    rx: Mutex<mpsc::Receiver<Update>>,
}
impl Worker {
    pub fn spawn(articles: Arc<[Article]>, ents: Arc<dyn EntityFilter + Send>) -> Worker {
        let (tx, rx) = mpsc::channel();
        Worker {
            articles,
            ents,
            tx,
            rx: Mutex::new(rx),
        }
    }
    pub fn submit(&self, query: String) {
        let result = parse(&query).map(|q| filter(&self.articles, &q, &*self.ents));
        let _ = self.tx.send(Update {
            query,
            result,
            complete: true,
        });
    }
    pub fn try_recv(&self) -> Option<Update> {
        self.rx.lock().ok()?.try_recv().ok()
    }
}
