//! Acceptance: the five seeds.
use super::*;

#[test]
fn dump() {
    let m = builtin();
    for (i, s) in [
        include_str!("../../../seeds/000_378c2b5b58691dee.txt"),
        include_str!("../../../seeds/001_de9775200697e0f2.txt"),
        include_str!("../../../seeds/002_2f23dd834b517e59.txt"),
        include_str!("../../../seeds/003_9fff55f517b4c8c4.txt"),
        include_str!("../../../seeds/004_0d1b895f4894e7d3.txt"),
    ]
    .iter()
    .enumerate()
    {
        println!("=== {i}");
        for (t, n) in found(&m, s) {
            println!("{t:?} -> {n}");
        }
        println!("SET {:?}", names(&m, "", s));
    }
}
