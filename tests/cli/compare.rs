//! `dossier compare`, `related` and `copies` run as a user would: the shapes the README
//! documents, on the bundled corpus and on a folder with a planted copy.

use std::path::PathBuf;
use std::process::Output;

use super::dossier;

/// The output of a command that succeeded.
fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    super::stdout(o)
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).expect("one JSON object")
}

#[test]
fn compare_json_counts_every_seed_by_outlet_and_names_the_blind_spots() {
    let v = json(&dossier(&["compare", "--json"]));
    assert_eq!(v["articles"], 5);
    assert_eq!(v["step"], "day");
    let outlets = v["outlets"].as_array().unwrap();
    assert_eq!(outlets.last().unwrap()["name"], serde_json::Value::Null);
    let total: u64 = outlets
        .iter()
        .map(|o| o["articles"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 5);
    let dated: u64 = (v["attention"].as_array().unwrap().iter())
        .flat_map(|b| {
            b["counts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_u64().unwrap())
        })
        .sum();
    assert_eq!(dated, 5);
    let entity = |name: &str| {
        (v["entities"].as_array().unwrap().iter())
            .find(|e| e["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let every = |e: &serde_json::Value| {
        e["articles"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n.as_u64() > Some(0))
    };
    assert!(every(&entity("Sergei Lavrov")) && every(&entity("John Kerry")));
    let erdogan = entity("Recep Tayyip Erdogan");
    let columns = erdogan["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n.as_u64() > Some(0))
        .count();
    assert_eq!(columns, 1);
    let toner = (v["speakers"].as_array().unwrap().iter())
        .find(|s| s["name"] == "Mark Toner")
        .unwrap();
    assert!(
        toner["quotes"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("These issues are complex")
    );
}

#[test]
fn compare_prints_the_attention_table_and_the_matrix() {
    let out = stdout(&dossier(&["compare", "--color", "never"]));
    assert!(
        out.starts_with("5 articles from 3 outlets and 2 of unknown outlet"),
        "{out}"
    );
    assert!(out.contains("2016-09-08") && out.contains("(unknown outlet)"));
    let lavrov = out
        .lines()
        .find(|l| l.starts_with("Sergei Lavrov"))
        .unwrap();
    assert_eq!(lavrov.matches("100%").count(), 4, "{lavrov}");
    let by_source = stdout(&dossier(&["compare", "--by", "source", "--color", "never"]));
    assert!(by_source.contains("OUTLET") && by_source.contains("TASS"));
}

#[test]
fn related_json_gives_why() {
    let o = dossier(&["related", "002", "--json"]);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines
            .iter()
            .all(|r| !r["shared_entities"].as_array().unwrap().is_empty())
    );
    assert!(
        lines
            .windows(2)
            .all(|w| w[0]["score"].as_f64() >= w[1]["score"].as_f64())
    );
}

#[test]
fn copies_finds_a_republished_article_and_is_copy_filters_it() {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("dossier-cmp-copies-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let body = "The council voted on Tuesday to close the old harbour bridge for repairs that \
                will take most of the winter, officials said after a long meeting.\n\n\
                Ferry services will run every half hour while the work goes on, and the \
                council will pay for extra crossings at night for hospital staff.\n\n\
                Shop owners near the bridge said they feared losing trade during the busiest \
                weeks of the year, and asked for help with rents.";
    let copy = body.replace("every half hour", "every twenty minutes");
    std::fs::write(
        dir.join("a.txt"),
        format!("Bridge to close for winter repairs\n\nMarch 3, 2024\n\n{body}\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        format!("Harbour bridge shuts: ferries step in\n\nMarch 5, 2024\n\n{copy}\n"),
    )
    .unwrap();
    std::fs::write(dir.join("c.txt"), "Library opens late on Fridays\n\nMarch 4, 2024\n\nThe town library will stay open until nine on Fridays from next month, the librarian said, after readers asked for evening hours to study and borrow books.\n").unwrap();
    let d = dir.to_str().unwrap();
    let groups: Vec<serde_json::Value> = stdout(&dossier(&["copies", "--json", d]))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["original"], "a");
    assert_eq!(groups[0]["members"][1]["id"], "b");
    let copies = stdout(&dossier(&["list", "-q", "is:copy", "--color", "never", d]));
    assert_eq!(copies.lines().count(), 1);
    assert!(copies.starts_with('b'));
    let collapsed = stdout(&dossier(&["list", "-q", "!is:copy", "--color", "never", d]));
    assert_eq!(collapsed.lines().count(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}
