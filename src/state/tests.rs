//! The state database as users meet it: two readers at once, a damaged file, a place where it
//! cannot be written, a full disk. (A reader killed mid-session, and a disk that fills while
//! the real binary runs, are tested end to end in `tests/pty.rs`.)

use super::*;
use crate::corpus::{Article, ArticleData};

fn articles(n: usize) -> Vec<Article> {
    (0..n)
        .map(|i| {
            Article::new(&ArticleData {
                title: format!("Article {i}"),
                text: format!("Text of article {i}."),
                ..ArticleData::default()
            })
        })
        .collect()
}

fn ids(articles: &[Article]) -> Vec<String> {
    identities(articles)
}

#[test]
fn marks_survive_reopening_and_keep_to_their_article() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(3);
    let store = Store::open(dir.path()).unwrap();
    store.set(&ids(&list)[1], Mark::Read, true).unwrap();
    store.set(&ids(&list)[2], Mark::Starred, true).unwrap();
    drop(store);
    // The same articles in another order (moved files, another sort): marks follow them.
    let reordered = vec![list[2].clone(), list[0].clone(), list[1].clone()];
    let marks = Marks::new(3);
    let found = Store::open(dir.path())
        .unwrap()
        .load(&reordered, &marks)
        .unwrap();
    assert_eq!(found, 2);
    assert!(marks.has(0, Mark::Starred) && !marks.has(0, Mark::Read));
    assert!(!marks.has(1, Mark::Read) && !marks.has(1, Mark::Starred));
    assert!(marks.has(2, Mark::Read) && !marks.has(2, Mark::Starred));
}

#[test]
fn two_readers_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(100);
    let id = ids(&list);
    let a = Store::open(dir.path()).unwrap();
    let b = Store::open(dir.path()).unwrap();
    // Interleaved, on the same articles: one reads, the other stars.
    for (i, id) in id.iter().enumerate() {
        if i % 2 == 0 {
            a.set(id, Mark::Read, true).unwrap();
            b.set(id, Mark::Starred, true).unwrap();
        } else {
            b.set(id, Mark::Read, true).unwrap();
        }
    }
    // A takes back a read mark that B did not touch; B's star on it stays.
    a.set(&id[0], Mark::Read, false).unwrap();
    let marks = Marks::new(100);
    Store::open(dir.path())
        .unwrap()
        .load(&list, &marks)
        .unwrap();
    assert!(!marks.has(0, Mark::Read) && marks.has(0, Mark::Starred));
    assert_eq!(marks.count(Mark::Read), 99);
    assert_eq!(marks.count(Mark::Starred), 50);
}

#[test]
fn two_memories_at_once_write_through_their_threads() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(10);
    let a = Memory::open(Some(dir.path()), &list, "c");
    let b = Memory::open(Some(dir.path()), &list, "c");
    assert!(a.saves() && b.saves(), "{:?} {:?}", a.problem, b.problem);
    for i in 0..10 {
        let (m, mark) = if i % 2 == 0 {
            (&a, Mark::Read)
        } else {
            (&b, Mark::Starred)
        };
        m.save(Write::Mark {
            article: i,
            mark,
            on: true,
        });
    }
    drop((a, b));
    let again = Memory::open(Some(dir.path()), &list, "c");
    assert_eq!(again.marks.count(Mark::Read), 5);
    assert_eq!(again.marks.count(Mark::Starred), 5);
}

#[test]
fn the_session_is_kept_per_collection_with_the_selected_article() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(5);
    let m = Memory::open(Some(dir.path()), &list, "/news");
    assert_eq!(m.session, None);
    m.save(Write::Session {
        filter: "@lavrov".into(),
        selected: Some(3),
        split: Some(55),
    });
    drop(m);
    // Article 3 is now at position 0 (a file was added before it).
    let mut moved = list.clone();
    moved.rotate_left(3);
    let again = Memory::open(Some(dir.path()), &moved, "/news");
    assert_eq!(
        again.session,
        Some(Restored {
            filter: "@lavrov".into(),
            selected: Some(0),
            split: Some(55),
        })
    );
    assert_eq!(
        Memory::open(Some(dir.path()), &list, "/other").session,
        None
    );
}

#[test]
fn a_damaged_file_is_reported_and_the_reader_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(FILE),
        b"this is not a database, just text\n".repeat(200),
    )
    .unwrap();
    let err = Store::open(dir.path()).err().expect("a damaged file fails");
    assert!(err.to_string().contains("damaged"), "{err}");
    assert!(err.to_string().contains(FILE), "{err}");
    let list = articles(3);
    let m = Memory::open(Some(dir.path()), &list, "c");
    assert!(!m.saves());
    assert!(m.problem.is_some());
    // Marks still work for the session, in memory.
    assert!(m.marks.set(1, Mark::Starred, true));
    m.save(Write::Mark {
        article: 1,
        mark: Mark::Starred,
        on: true,
    });
    // The damaged file is left as it was, for the user to look at.
    let bytes = std::fs::read(dir.path().join(FILE)).unwrap();
    assert!(bytes.starts_with(b"this is not a database"));
}

#[test]
fn a_place_that_cannot_be_written_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the state directory should be: no directory can be made there, whoever
    // runs the test (root too, for whom permission bits do not count).
    let blocked = dir.path().join("state");
    std::fs::write(&blocked, "").unwrap();
    let err = Store::open(&blocked.join("dossier")).err().unwrap();
    assert!(
        err.to_string().contains("cannot create the directory"),
        "{err}"
    );
    let m = Memory::open(Some(&blocked.join("dossier")), &articles(2), "c");
    assert!(!m.saves());
    assert!(m.problem.is_some());
    assert_eq!(m.marks.len(), 2);
}

#[test]
fn an_existing_database_that_cannot_be_written_still_shows_its_marks() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(2);
    let store = Store::open(dir.path()).unwrap();
    store.set(&ids(&list)[1], Mark::Starred, true).unwrap();
    // Another program holds the write lock for longer than the busy timeout.
    store
        .conn_for_tests()
        .execute_batch("BEGIN EXCLUSIVE")
        .unwrap();
    let m = Memory::open(Some(dir.path()), &list, "c");
    let problem = m.problem.as_ref().expect("locked is reported");
    assert!(problem.to_string().contains("locked"), "{problem}");
    assert!(!m.saves());
    drop(store);
    // Once the lock is gone, the mark written before it is there.
    let m = Memory::open(Some(dir.path()), &list, "c");
    assert!(m.marks.has(1, Mark::Starred));
}

#[test]
fn the_commands_read_the_marks_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(3);
    let store = Store::open(dir.path()).unwrap();
    store.set(&ids(&list)[2], Mark::Starred, true).unwrap();
    drop(store);
    let (marks, problem) = read_marks(Some(dir.path()), &list);
    assert_eq!(problem, None);
    assert!(marks.has(2, Mark::Starred));
    assert_eq!(marks.count(Mark::Starred), 1);
    // No database: no marks, nothing to say, and none is made.
    let empty = tempfile::tempdir().unwrap();
    let (none, problem) = read_marks(Some(&empty.path().join("dossier")), &list);
    assert_eq!((none.count(Mark::Read), problem), (0, None));
    assert!(!empty.path().join("dossier").exists());
    // A damaged one: no marks, and why.
    std::fs::write(dir.path().join(FILE), b"not a database\n".repeat(100)).unwrap();
    let (none, problem) = read_marks(Some(dir.path()), &list);
    assert_eq!(none.count(Mark::Starred), 0);
    let problem = problem.expect("a damaged database is said");
    assert!(problem.to_string().contains("damaged"), "{problem}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_read_only_file_system_is_reported() {
    // /proc takes no new directories, not even from root (tests may run as root, for whom
    // permission bits do not count).
    let dir = std::path::Path::new("/proc/self/dossier-state-test");
    let err = Store::open(dir)
        .err()
        .expect("nothing can be made in /proc");
    assert!(
        err.to_string().contains("cannot create the directory"),
        "{err}"
    );
    let m = Memory::open(Some(dir), &articles(2), "c");
    assert!(!m.saves());
    assert!(
        m.marks.set(0, Mark::Read, true),
        "marks still work in memory"
    );
}

#[test]
fn a_full_disk_is_named_and_the_marks_written_before_it_stay() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(2000);
    let id = ids(&list);
    let store = Store::open(dir.path()).unwrap();
    // SQLite's ceiling on the file's pages, for this connection only: a write that needs a page
    // more fails as on a full disk (SQLITE_FULL). The end-to-end test with a real limit on the
    // process is in tests/pty.rs.
    let conn = store.conn_for_tests();
    let pages: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    conn.pragma_update(None, "max_page_count", pages + 2)
        .unwrap();
    let mut written = 0;
    let full = loop {
        assert!(written < id.len(), "the disk never filled");
        match store.set(&id[written], Mark::Starred, true) {
            Ok(()) => written += 1,
            Err(e) => break e,
        }
    };
    assert!(written > 0, "full before the first mark");
    assert_eq!(full.problem, "the disk is full");
    assert_eq!(
        store.set(&id[written + 1], Mark::Read, true).unwrap_err(),
        full
    );
    drop(store);
    let marks = Marks::new(list.len());
    let found = Store::open(dir.path())
        .unwrap()
        .load(&list, &marks)
        .unwrap();
    assert_eq!(found, written);
    assert_eq!(marks.count(Mark::Starred), written);
    assert!((0..written).all(|i| marks.has(i, Mark::Starred)));
}

#[test]
fn a_database_locked_mid_write_is_not_read_past_its_lock() {
    let dir = tempfile::tempdir().unwrap();
    let list = articles(2);
    let store = Store::open(dir.path()).unwrap();
    store.set(&ids(&list)[0], Mark::Starred, true).unwrap();
    // Another program that writes pages in place (a rollback journal), holding the lock while
    // its write is half done: what the file holds now is no state to read.
    let conn = store.conn_for_tests();
    conn.execute_batch("PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE")
        .unwrap();
    store.set(&ids(&list)[1], Mark::Starred, true).unwrap();
    let err = Store::open_read_only(dir.path())
        .err()
        .expect("locked, not read as it stands");
    assert!(err.to_string().contains("locked"), "{err}");
}
