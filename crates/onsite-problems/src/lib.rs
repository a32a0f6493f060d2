//! onsite's problem packages: the format, its validation, and the catalog bundled into the
//! binary.
//!
//! A package is a folder of files (see `docs/problem-format.md`). [`load_package`] turns one
//! into a [`Problem`] or into a list of [`Diagnostic`]s, each naming the file and line at fault;
//! a broken package never hides the others ([`Catalog`] keeps both lists). This crate does no
//! Python and no judging: it describes problems, the judge runs them.

mod catalog;
mod package;
mod scaffold;
mod types;

pub use catalog::{BrokenPackage, Catalog, Error};
pub use package::{
    load_package, Arg, CaseSource, Clarification, Codec, Compare, Complexity, Design, Diagnostic,
    FollowUp, Kind, Limits, Method, PackageFiles, Problem, SampleSubmission, Signature, TestCase,
    MIN_FOLLOW_UP_TESTS, PATTERNS,
};
pub use scaffold::{scaffold, Blueprint, ScaffoldError, TODO_MARKER};
pub use types::{describe, TypeError, ValueType};
