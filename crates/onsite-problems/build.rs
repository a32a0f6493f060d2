//! Rebuild the bundled catalog whenever a problem package changes.
fn main() {
    println!("cargo:rerun-if-changed=../../problems");
}
