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
        let mut keys: Vec<(&[u8], u32)> = keys.into_iter().collect();
        keys.sort_unstable_by(|a, b| a.0.cmp(b.0));
        // Inserted in sorted order, nodes are created in depth-first order, each parent's
        // children by increasing byte, and a node's first child right after it: keys that
        // extend a key follow it at once. So nodes need no lists of children; only the
        // children after the first are noted, as (parent, byte, child).
        let mut nodes = vec![Node::default()];
        let mut later: Vec<(State, u8, State)> = Vec::new();
        // The nodes along the previous key, the root first.
        let mut path: Vec<State> = vec![0];
        let mut prev: &[u8] = &[];
        for (key, value) in keys {
            let shared = key.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(shared + 1);
            for &b in &key[shared..] {
                let parent = *path.last().unwrap_or(&0);
                let child = nodes.len() as State;
                let node = &mut nodes[parent as usize];
                if node.first & HAS_FIRST == 0 {
                    node.first = b as u32 | HAS_FIRST;
                } else {
                    node.first += 1 << OTHERS_SHIFT;
                    later.push((parent, b, child));
                }
                nodes.push(Node::default());
                path.push(child);
            }
            if let Some(&end) = path.last() {
                nodes[end as usize].value = value + 1;
            }
            prev = key;
        }
        // Stable: each parent's later children stay in byte order.
        later.sort_by_key(|&(parent, _, _)| parent);
        let mut trie = Trie {
            nodes,
            ..Trie::default()
        };
        for group in later.chunk_by(|a, b| a.0 == b.0) {
            let parent = group[0].0;
            let node = trie.nodes[parent as usize];
            let others = node.first >> OTHERS_SHIFT;
            // The root is wide whenever it has more than one child: every walk steps from it.
            let more = if others > WIDE || parent == 0 {
                let row = trie.wide.len();
                trie.wide.resize(row + 256, 0);
                trie.wide[row + (node.first & 0xFF) as usize] = parent + 1;
                for &(_, b, c) in group {
                    trie.wide[row + b as usize] = c;
                }
                (row / 256) as u32
            } else {
                let at = trie.edge_bytes.len() as u32;
                for &(_, b, c) in group {
                    trie.edge_bytes.push(b);
                    trie.edge_targets.push(c);
                }
                at
            };
            trie.nodes[parent as usize].more = more;
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
    fn keys_in_any_order_make_the_same_trie() {
        let keys: [(&[u8], u32); 5] = [
            (b"us", 3),
            (b"united states of america", 2),
            (b"u", 4),
            (b"united states", 1),
            (b"u.s.", 0),
        ];
        let t = Trie::new(keys);
        assert_eq!(
            walk(&t, b"united states of america!"),
            [(1, 4), (13, 1), (24, 2)]
        );
        assert_eq!(walk(&t, b"u.s."), [(1, 4), (4, 0)]);
        assert_eq!(walk(&t, b"us"), [(1, 4), (2, 3)]);
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
