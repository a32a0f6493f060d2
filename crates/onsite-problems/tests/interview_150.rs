//! `docs/interview-150.tsv` names, for each of the 150 problems interview-prep lists agree on,
//! the bundled package that covers it: every name there must be a package that exists.

use onsite_problems::Catalog;

#[test]
fn every_package_the_interview_150_list_names_is_bundled() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/interview-150.tsv");
    let text = std::fs::read_to_string(path).expect("docs/interview-150.tsv");
    let catalog = Catalog::bundled();
    let mut rows = 0;
    let mut missing = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "six columns: {line:?}");
        rows += 1;
        let covered = cols[5].trim();
        if !covered.is_empty() && catalog.get(covered).is_none() {
            missing.push(covered.to_owned());
        }
    }
    assert_eq!(rows, 150, "the list has 150 problems");
    assert!(missing.is_empty(), "named but not bundled: {missing:?}");
}
