//! Who names whom: the top entities by outlet, as the number of each outlet's articles that
//! mention each entity. Shares follow from the column sizes in [`super::Columns`].

use crate::entities::EntityId;

/// One entity's row of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRow {
    /// The entity.
    pub entity: EntityId,
    /// Per column, the articles that mention it.
    pub counts: Vec<u32>,
    /// Over all columns.
    pub total: u32,
}

impl MatrixRow {
    /// Whether this row is a blind spot: most columns mention the entity and column `c` never
    /// does.
    pub fn blind_in(&self, c: usize) -> bool {
        let mentioning = self.counts.iter().filter(|&&n| n > 0).count();
        self.counts.get(c) == Some(&0)
            && self.counts.len() >= 3
            && mentioning * 2 > self.counts.len()
    }
}

/// The top entities (rows) by column.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matrix {
    /// Most articles first, then most columns, then by entity id (name order).
    pub rows: Vec<MatrixRow>,
}

impl Matrix {
    /// Counts, for articles whose entity lists (sorted, each once) are `entities` and whose
    /// columns are `column`, the `top` entities most articles mention.
    pub fn count<'a>(
        entities: impl Iterator<Item = &'a [EntityId]>,
        column: &[u32],
        columns: usize,
        top: usize,
    ) -> Matrix {
        let mut per: std::collections::HashMap<EntityId, Vec<u32>> = Default::default();
        for (ids, &c) in entities.zip(column) {
            for &id in ids {
                per.entry(id).or_insert_with(|| vec![0; columns])[c as usize] += 1;
            }
        }
        Matrix::from_counts(per.into_iter().collect(), top)
    }

    /// The matrix of `(entity, counts per column)` pairs, keeping the `top` rows.
    pub fn from_counts(per: Vec<(EntityId, Vec<u32>)>, top: usize) -> Matrix {
        let mut rows: Vec<MatrixRow> = per
            .into_iter()
            .map(|(entity, counts)| MatrixRow {
                entity,
                total: counts.iter().sum(),
                counts,
            })
            .collect();
        let spread = |r: &MatrixRow| r.counts.iter().filter(|&&n| n > 0).count();
        rows.sort_by(|a, b| {
            b.total
                .cmp(&a.total)
                .then_with(|| spread(b).cmp(&spread(a)))
                .then_with(|| a.entity.cmp(&b.entity))
        });
        rows.truncate(top);
        Matrix { rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_by_articles_and_blind_spots_stand_out() {
        let ents: [&[EntityId]; 4] = [&[1, 2], &[1], &[1, 3], &[2]];
        let m = Matrix::count(ents.into_iter(), &[0, 1, 2, 2], 3, 10);
        let rows: Vec<(EntityId, Vec<u32>)> = m
            .rows
            .iter()
            .map(|r| (r.entity, r.counts.clone()))
            .collect();
        assert_eq!(
            rows,
            [(1, vec![1, 1, 1]), (2, vec![1, 0, 1]), (3, vec![0, 0, 1])]
        );
        assert!(m.rows[1].blind_in(1));
        assert!(
            !m.rows[2].blind_in(0),
            "one column of three is no consensus"
        );
        assert_eq!(
            Matrix::count(ents.into_iter(), &[0, 1, 2, 2], 3, 1)
                .rows
                .len(),
            1
        );
    }
}
