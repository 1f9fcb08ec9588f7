//! A stand-in entity index: names with the articles that mention them.

use crate::entities::EntityId;
use crate::search::EntityFilter;

/// `(canonical name, aliases, article positions)`; the id is the position in the list.
pub struct FakeEntities(pub Vec<(&'static str, Vec<&'static str>, Vec<usize>)>);

impl EntityFilter for FakeEntities {
    fn resolve(&self, name: &str) -> Vec<EntityId> {
        let want: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        let fits = |n: &str| {
            let words: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
            // `want` must be a run of words whose last one may be cut short.
            (0..words.len()).any(|s| {
                want.iter().enumerate().all(|(i, w)| {
                    words.get(s + i).is_some_and(|x| {
                        if i + 1 == want.len() {
                            x.starts_with(w.as_str())
                        } else {
                            x == w
                        }
                    })
                })
            })
        };
        (0..self.0.len() as EntityId)
            .filter(|&id| {
                let (n, aliases, _) = &self.0[id as usize];
                !want.is_empty() && (fits(n) || aliases.iter().any(|a| fits(a)))
            })
            .collect()
    }

    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool {
        ids.iter().any(|&id| {
            self.0
                .get(id as usize)
                .is_some_and(|(_, _, arts)| arts.contains(&article))
        })
    }
}

/// No entities at all.
pub fn none() -> FakeEntities {
    FakeEntities(Vec::new())
}
