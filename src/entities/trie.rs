//! The trie of a dictionary's spellings, walked byte by byte from a word start.
//!
//! Why our own: matching walks the trie only anchored, at word starts, so the failure links of
//! an Aho-Corasick automaton are never used, yet building them for a dictionary of thousands of
//! spellings in many scripts took longer than the reader's first frame (its DFA, fast to walk,
//! grew with every distinct byte the scripts bring); `fst`'s compact nodes build fast but decode
//! on every step. A trie in flat arrays builds in milliseconds and steps in a few nanoseconds.
//!
//! What must stay true: `walk` reports exactly the keys that are prefixes of the bytes fed to
//! it, with the value each key was inserted with.

/// State 0 is the root.
pub(crate) type State = u32;

const NARROW: u32 = u32::MAX;

/// Nodes with more children than this get a row of 256.
const WIDE: usize = 6;

/// A byte trie over distinct keys, each with a `u32` value.
#[derive(Debug, Default)]
pub(crate) struct Trie {
    /// Wide nodes' children by byte (0: none): `wide[w * 256 + byte]` for the node with
    /// `wide_of[s] == w`. The root is always wide; nodes with many children (the second
    /// letters of names) are too, so that most steps are one load.
    wide: Vec<State>,
    /// Per node: its row in `wide`, or `NARROW`.
    wide_of: Vec<u32>,
    /// Node `s`'s edges are `edges[first[s]..first[s + 1]]`, sorted by byte.
    first: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_targets: Vec<State>,
    /// Per node: the value of the key ending there, plus one (0: no key ends there).
    values: Vec<u32>,
}

impl Trie {
    /// A trie of `keys` (distinct) with their values.
    pub fn new<'k>(keys: impl IntoIterator<Item = (&'k [u8], u32)>) -> Trie {
        // Built as nodes with child lists, then laid out flat.
        let mut children: Vec<Vec<(u8, State)>> = vec![Vec::new()];
        let mut values: Vec<u32> = vec![0];
        for (key, value) in keys {
            let mut s = 0usize;
            for &b in key {
                s = match children[s].binary_search_by_key(&b, |&(c, _)| c) {
                    Ok(k) => children[s][k].1 as usize,
                    Err(k) => {
                        let next = children.len() as State;
                        children[s].insert(k, (b, next));
                        children.push(Vec::new());
                        values.push(0);
                        next as usize
                    }
                };
            }
            values[s] = value + 1;
        }
        let mut trie = Trie {
            wide: Vec::new(),
            wide_of: Vec::with_capacity(children.len()),
            first: Vec::with_capacity(children.len() + 1),
            edge_bytes: Vec::new(),
            edge_targets: Vec::new(),
            values,
        };
        for (s, list) in children.iter().enumerate() {
            trie.first.push(trie.edge_bytes.len() as u32);
            for &(b, to) in list {
                trie.edge_bytes.push(b);
                trie.edge_targets.push(to);
            }
            if s == 0 || list.len() > WIDE {
                let row = trie.wide.len();
                trie.wide.resize(row + 256, 0);
                for &(b, to) in list {
                    trie.wide[row + b as usize] = to;
                }
                trie.wide_of.push((row / 256) as u32);
            } else {
                trie.wide_of.push(NARROW);
            }
        }
        trie.first.push(trie.edge_bytes.len() as u32);
        trie
    }

    /// The state after `byte` from `state`, if any.
    #[inline]
    pub fn step(&self, state: State, byte: u8) -> Option<State> {
        let row = self.wide_of[state as usize];
        if row != NARROW {
            let to = self.wide[row as usize * 256 + byte as usize];
            return (to != 0).then_some(to);
        }
        let (lo, hi) = (
            self.first[state as usize] as usize,
            self.first[state as usize + 1] as usize,
        );
        let k = self.edge_bytes[lo..hi].iter().position(|&c| c == byte)?;
        Some(self.edge_targets[lo + k])
    }

    /// The value of the key that ends at `state`, if one does.
    #[inline]
    pub fn value(&self, state: State) -> Option<u32> {
        self.values[state as usize].checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(t: &Trie, text: &[u8]) -> Vec<(usize, u32)> {
        let mut s = 0;
        let mut out = Vec::new();
        for (i, &b) in text.iter().enumerate() {
            match t.step(s, b) {
                Some(next) => s = next,
                None => break,
            }
            if let Some(v) = t.value(s) {
                out.push((i + 1, v));
            }
        }
        out
    }

    #[test]
    fn walks_report_every_key_that_is_a_prefix() {
        let keys: Vec<(&[u8], u32)> = vec![
            (b"u.s.", 0),
            (b"united states", 1),
            (b"united states of america", 2),
            (b"us", 3),
        ];
        let t = Trie::new(keys);
        assert_eq!(walk(&t, b"united states of america!"), [(13, 1), (24, 2)]);
        assert_eq!(walk(&t, b"us and"), [(2, 3)]);
        assert_eq!(walk(&t, b"unite"), []);
        assert_eq!(walk(&t, b"x"), []);
    }

    #[test]
    fn wide_nodes_are_searched_too() {
        let keys: Vec<Vec<u8>> = (b'a'..=b'z').map(|c| vec![b'q', c]).collect();
        let t = Trie::new(
            keys.iter()
                .enumerate()
                .map(|(i, k)| (k.as_slice(), i as u32)),
        );
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(walk(&t, k), [(2, i as u32)]);
        }
    }
}
