//! TEMPORARY stand-in for the entity API until the real module lands. Finds nothing.
use super::{Annotation, EntityId, Kind};
use crate::corpus::Article;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
    pub short: Vec<String>,
}
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    entities: Vec<Entity>,
}
#[derive(Debug, Clone, Default)]
pub struct DictOptions {
    pub builtin: bool,
    pub files: Vec<PathBuf>,
    pub config: Option<PathBuf>,
}
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct DictError(String);
impl Dictionary {
    pub fn builtin() -> Dictionary {
        Dictionary {
            entities: vec![Entity {
                name: "Sergei Lavrov".into(),
                kind: Kind::Person,
                aliases: vec!["Lavrov".into()],
                short: vec![],
            }],
        }
    }
    pub fn load(opts: &DictOptions) -> Result<Dictionary, DictError> {
        let _ = opts;
        Ok(Self::builtin())
    }
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
}
pub fn default_config_path() -> Option<PathBuf> {
    None
}
pub struct Matcher {
    dict: Dictionary,
}
impl Matcher {
    pub fn new(dict: Dictionary) -> Matcher {
        Matcher { dict }
    }
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.dict.entities[id as usize]
    }
    pub fn len(&self) -> usize {
        self.dict.entities.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn annotate(&self, title: &str, text: &str) -> Annotation {
        let find = |s: &str| {
            s.match_indices("Lavrov")
                .map(|(i, m)| super::Mention {
                    start: i,
                    end: i + m.len(),
                    entity: 0,
                })
                .collect()
        };
        Annotation {
            title: find(title),
            text: find(text),
        }
    }
    pub fn resolve_prefix(&self, name: &str) -> Vec<EntityId> {
        if "lavrov".starts_with(&name.to_lowercase()) {
            vec![0]
        } else {
            vec![]
        }
    }
}
impl Annotation {
    pub fn entity_ids(&self) -> Vec<EntityId> {
        let mut v: Vec<_> = self
            .title
            .iter()
            .chain(&self.text)
            .map(|m| m.entity)
            .collect();
        v.sort();
        v.dedup();
        v
    }
    pub fn counts(&self) -> Vec<(EntityId, usize)> {
        self.entity_ids()
            .into_iter()
            .map(|id| {
                (
                    id,
                    self.title
                        .iter()
                        .chain(&self.text)
                        .filter(|m| m.entity == id)
                        .count(),
                )
            })
            .collect()
    }
}
pub struct EntityStat {
    pub id: EntityId,
    pub articles: usize,
    pub mentions: usize,
}
pub struct EntityIndex {
    matcher: Arc<Matcher>,
    articles: Arc<[Article]>,
    slots: Vec<std::sync::OnceLock<Annotation>>,
}
impl EntityIndex {
    pub fn new(matcher: Arc<Matcher>, articles: Arc<[Article]>) -> EntityIndex {
        let slots = (0..articles.len()).map(|_| Default::default()).collect();
        EntityIndex {
            matcher,
            articles,
            slots,
        }
    }
    pub fn annotation(&self, i: usize) -> &Annotation {
        self.slots[i].get_or_init(|| {
            self.matcher
                .annotate(&self.articles[i].title, &self.articles[i].text)
        })
    }
    pub fn annotate_all(&self) {
        for i in 0..self.slots.len() {
            self.annotation(i);
        }
    }
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }
    pub fn mentions_any(&self, i: usize, ids: &[EntityId]) -> bool {
        self.annotation(i)
            .entity_ids()
            .iter()
            .any(|x| ids.contains(x))
    }
    pub fn stats(&self, subset: &[usize]) -> Vec<EntityStat> {
        let mut out: Vec<EntityStat> = Vec::new();
        for &i in subset {
            for (id, n) in self.annotation(i).counts() {
                match out.iter_mut().find(|s| s.id == id) {
                    Some(s) => {
                        s.articles += 1;
                        s.mentions += n;
                    }
                    None => out.push(EntityStat {
                        id,
                        articles: 1,
                        mentions: n,
                    }),
                }
            }
        }
        out
    }
}
