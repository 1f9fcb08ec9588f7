//! The trie of a dictionary's spellings, walked byte by byte from a word start.
//!
//! Why our own: matching walks the trie only anchored, at word starts, so the failure links of
//! an Aho-Corasick automaton are never used, yet building them for a dictionary of thousands of
//! spellings in many scripts took longer than the reader's first frame (its DFA, fast to walk,
//! grew with every distinct byte the scripts bring); `fst`'s compact nodes build fast but decode
//! on every step. A trie in flat arrays builds in milliseconds and steps in a few nanoseconds.
//!
//! Layout: nodes are numbered in depth-first order, so a node's first child (by byte) is the
//! next node, and a spelling's tail, where nodes have one child each, lies in consecutive
//! memory. A node holds that first child's byte and the value of its key; a step down the
//! first child reads nothing else. Walks are short and start anywhere in the trie, so a step
//! that touched several arrays waited on several cache misses; this way most touch one line.
//!
//! What must stay true: `walk` reports exactly the keys that are prefixes of the bytes fed to
//! it, with the value each key was inserted with.

/// State 0 is the root.
pub(crate) type State = u32;

/// Nodes with more other children than this get a row of 256.
const WIDE: u32 = 6;

/// In [`Node::first`]: set when the node has a first child (the next node).
const HAS_FIRST: u32 = 1 << 8;

/// Where [`Node::first`] keeps the number of children besides the first.
const OTHERS_SHIFT: u32 = 9;

/// One node: 12 bytes, so that the nodes of a tail share cache lines.
#[derive(Debug, Default, Clone, Copy)]
struct Node {
    /// The value of the key ending here, plus one (0: no key ends here).
    value: u32,
    /// The first child's byte (bits 0–7), [`HAS_FIRST`], and the number of other children
    /// (from bit [`OTHERS_SHIFT`]).
    first: u32,
    /// Where the other children are: at the root or with more than [`WIDE`] of them, the row
    /// in `wide` (of all children); otherwise the first of them in `edge_bytes` / `edge_targets`.
    more: u32,
}

/// A byte trie over distinct keys, each with a `u32` value.
#[derive(Debug, Default)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    /// Rows of 256 children by byte (0: none) for nodes with many children, such as the root
    /// and the second letters of names: one load per step there.
    wide: Vec<State>,
    /// The children after the first of narrow nodes, sorted by byte.
    edge_bytes: Vec<u8>,
    edge_targets: Vec<State>,
}

impl Trie {
    /// A trie of `keys` (distinct) with their values.
    pub fn new<'k>(keys: impl IntoIterator<Item = (&'k [u8], u32)>) -> Trie {
        // Built as nodes with child lists, then laid out flat in depth-first order.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut values: Vec<u32> = vec![0];
        for (key, value) in keys {
            let mut s = 0usize;
            for &b in key {
                s = match children[s].binary_search_by_key(&b, |&(c, _)| c) {
                    Ok(k) => children[s][k].1 as usize,
                    Err(k) => {
                        let next = children.len() as u32;
                        children[s].insert(k, (b, next));
                        children.push(Vec::new());
                        values.push(0);
                        next as usize
                    }
                };
            }
            values[s] = value + 1;
        }
        // Depth-first numbering, children in byte order: a first child is its parent + 1.
        let mut order: Vec<u32> = Vec::with_capacity(children.len());
        let mut id = vec![0 as State; children.len()];
        let mut stack = vec![0u32];
        while let Some(s) = stack.pop() {
            id[s as usize] = order.len() as State;
            order.push(s);
            stack.extend(children[s as usize].iter().rev().map(|&(_, c)| c));
        }
        let mut trie = Trie {
            nodes: Vec::with_capacity(order.len()),
            ..Trie::default()
        };
        for &s in &order {
            let list = &children[s as usize];
            let mut node = Node {
                value: values[s as usize],
                ..Node::default()
            };
            if let Some(&(b, _)) = list.first() {
                let others = list.len() as u32 - 1;
                node.first = b as u32 | HAS_FIRST | others << OTHERS_SHIFT;
                // The root is wide whenever it has more than one child: every walk steps from it.
                if others > WIDE || s == 0 {
                    let row = trie.wide.len();
                    trie.wide.resize(row + 256, 0);
                    for &(b, c) in list {
                        trie.wide[row + b as usize] = id[c as usize];
                    }
                    node.more = (row / 256) as u32;
                } else {
                    node.more = trie.edge_bytes.len() as u32;
                    for &(b, c) in &list[1..] {
                        trie.edge_bytes.push(b);
                        trie.edge_targets.push(id[c as usize]);
                    }
                }
            }
            trie.nodes.push(node);
        }
        trie
    }

    /// Where every walk begins.
    #[inline]
    pub fn root(&self) -> Walk {
        Walk {
            state: 0,
            node: self.nodes.first().copied().unwrap_or_default(),
        }
    }

    /// Steps `walk` down the child for `byte`; false (and `walk` unchanged) if there is none.
    #[inline]
    pub fn step(&self, walk: &mut Walk, byte: u8) -> bool {
        let node = walk.node;
        let next = if node.first & 0x1FF == HAS_FIRST | byte as u32 {
            walk.state + 1
        } else {
            let others = node.first >> OTHERS_SHIFT;
            if others == 0 {
                return false;
            }
            // The root's children are always in a row (see `new`).
            let to = if others > WIDE || walk.state == 0 {
                self.wide[node.more as usize * 256 + byte as usize]
            } else {
                let lo = node.more as usize;
                let hi = lo + others as usize;
                match self.edge_bytes[lo..hi].iter().position(|&c| c == byte) {
                    Some(k) => self.edge_targets[lo + k],
                    None => 0,
                }
            };
            if to == 0 {
                return false;
            }
            to
        };
        // The next node is read once, here: its value now, its children at the next step.
        walk.state = next;
        walk.node = self.nodes[next as usize];
        true
    }
}

/// A position in a walk down the trie: the state and a copy of its node.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Walk {
    state: State,
    node: Node,
}

impl Walk {
    /// The value of the key that ends here, if one does.
    #[inline]
    pub fn value(&self) -> Option<u32> {
        self.node.value.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(t: &Trie, text: &[u8]) -> Vec<(usize, u32)> {
        let mut w = t.root();
        let mut out = Vec::new();
        for (i, &b) in text.iter().enumerate() {
            if !t.step(&mut w, b) {
                break;
            }
            if let Some(v) = w.value() {
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
