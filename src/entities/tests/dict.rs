//! Dictionary files as a user writes them: merging, loading, and the error messages.

use std::path::PathBuf;

use super::*;
use crate::entities::{DictError, DictOptions};

fn err(src: &str) -> String {
    Dictionary::parse(src, "x.toml").unwrap_err().to_string()
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let msg = err("[[entity]]\nname = \"A\"\nkind \"person\"\n");
    assert!(msg.starts_with("'x.toml' line 3, column 6: "), "{msg}");
}

#[test]
fn unknown_kind_names_the_bad_value() {
    let msg = err("[[entity]]\nname = \"A\"\n\n\nkind = \"persn\"\n");
    assert_eq!(
        msg,
        "'x.toml' line 5: unknown kind 'persn' (person, org, place, event, group, misc)"
    );
}

#[test]
fn unknown_field_and_missing_kind_are_errors() {
    assert!(err("[[entity]]\nname = \"A\"\nkind = \"org\"\nalias = [\"B\"]\n").contains("line 4"));
    assert!(err("[[entity]]\nname = \"A\"\n").starts_with("'x.toml' line 1"));
}

#[test]
fn unmatchable_and_duplicate_entries_are_errors() {
    let msg = err("[[entity]]\nname = \"A\"\nkind = \"org\"\naliases = [\" \"]\n");
    assert_eq!(msg, "'x.toml' line 4: alias ' ' needs a letter or digit");
    let twice =
        "[[entity]]\nname = \"A\"\nkind = \"org\"\n[[entity]]\nname = \"A\"\nkind = \"org\"\n";
    assert_eq!(err(twice), "'x.toml' line 5: duplicate entity 'A'");
}

#[test]
fn unreadable_file_names_it() {
    let opts = DictOptions {
        builtin: false,
        files: vec![PathBuf::from("/nonexistent/x.toml")],
        config: None,
    };
    let e = Dictionary::load(&opts).unwrap_err();
    assert!(matches!(e, DictError::Io { .. }));
    assert_eq!(
        e.to_string(),
        "'/nonexistent/x.toml': No such file or directory"
    );
}

#[test]
fn user_entry_replaces_the_builtin_one_of_the_same_name() {
    let mut dict = Dictionary::builtin();
    let before = dict.len();
    let user = "[[entity]]\nname = \"John Kerry\"\nkind = \"person\"\naliases = [\"JFK2\"]\n\n\
                [[entity]]\nname = \"Zed Example\"\nkind = \"misc\"\n";
    dict.merge(Dictionary::parse(user, "user.toml").unwrap());
    assert_eq!(dict.len(), before + 1);
    let kerry = dict
        .entities()
        .iter()
        .find(|e| e.name == "John Kerry")
        .unwrap();
    assert_eq!(kerry.aliases, ["JFK2"]);
    assert!(kerry.short.is_empty());
    let names: Vec<&str> = dict.entities().iter().map(|e| e.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "entities stay in name order");
}

#[test]
fn load_combines_builtin_config_and_files_and_skips_a_missing_config() {
    let dir = std::env::temp_dir().join(format!("dossier-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("mine.toml");
    std::fs::write(
        &file,
        "[[entity]]\nname = \"Zed Example\"\nkind = \"misc\"\n",
    )
    .unwrap();
    let only = DictOptions {
        builtin: false,
        files: vec![file.clone()],
        config: Some(dir.join("absent.toml")),
    };
    let dict = Dictionary::load(&only).unwrap();
    assert_eq!(dict.len(), 1);
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        "[[entity]]\nname = \"Config Thing\"\nkind = \"org\"\n",
    )
    .unwrap();
    let all = DictOptions {
        builtin: true,
        files: vec![file],
        config: Some(config),
    };
    let dict = Dictionary::load(&all).unwrap();
    assert_eq!(dict.len(), Dictionary::builtin().len() + 2);
    let m = Matcher::new(dict);
    assert_eq!(
        found(&m, "Config Thing and Zed Example")[1].1,
        "Zed Example"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn empty_dictionary_matches_nothing() {
    let m = matcher("");
    assert!(m.is_empty());
    assert_eq!(m.annotate("Title", "Any text at all").entity_ids(), []);
}
