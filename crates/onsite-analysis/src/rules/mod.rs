//! The rules: one file each, whose `///` doc comment is the rule's user documentation (shown
//! by `onsite lint --explain <id>` and in SARIF help). Ids are stable: a retired rule's id is
//! never reused.

use crate::syntax::ast::{Expr, Stmt};
use crate::syntax::Ctx;
use crate::{Finding, RuleInfo};

/// Declare a rule struct whose doc comment becomes its `RuleInfo::docs`.
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        id = $id:literal, severity = $severity:ident, summary = $summary:literal;
        pub(crate) struct $name:ident;
    ) => {
        $(#[doc = $doc])*
        pub(crate) struct $name;

        impl $name {
            pub(crate) const INFO: crate::RuleInfo = crate::RuleInfo {
                id: $id,
                severity: crate::Severity::$severity,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
            };
        }

        impl crate::rules::Described for $name {
            fn info(&self) -> crate::RuleInfo {
                Self::INFO
            }
        }
    };
}

mod bare_except;
mod compare_to_none;
mod consider_using_enumerate;
mod deep_recursion;
mod dict_keys_membership;
mod global_statement;
mod len_comparison;
mod list_as_queue;
mod list_membership_in_loop;
mod list_search_in_loop;
mod manual_counter;
mod membership_in_key_copy;
mod mutable_default_argument;
mod nested_loop_pair_scan;
mod range_len_loop;
mod slice_membership_in_loop;
mod sort_for_top_k;
mod string_concat_in_loop;

/// What a rule is called and how it is documented; implemented by `rule!`.
pub(crate) trait Described {
    fn info(&self) -> RuleInfo;
}

/// A rule: looks at statements and expressions in context.
pub(crate) trait Rule: Described + Sync {
    fn stmt(&self, _stmt: &Stmt, _cx: &Ctx, _out: &mut Vec<Finding>) {}
    fn expr(&self, _expr: &Expr, _cx: &Ctx, _out: &mut Vec<Finding>) {}
    /// Whether findings with the same message are one finding (reported at the first place).
    fn once_per_message(&self) -> bool {
        false
    }
}

/// Every rule.
pub(crate) fn registry() -> &'static [&'static dyn Rule] {
    &[
        &bare_except::BareExcept,
        &compare_to_none::CompareToNone,
        &consider_using_enumerate::ConsiderUsingEnumerate,
        &deep_recursion::DeepRecursion,
        &dict_keys_membership::DictKeysMembership,
        &global_statement::GlobalStatement,
        &len_comparison::LenComparison,
        &list_as_queue::ListAsQueue,
        &list_membership_in_loop::ListMembershipInLoop,
        &list_search_in_loop::ListSearchInLoop,
        &manual_counter::ManualCounter,
        &membership_in_key_copy::MembershipInKeyCopy,
        &mutable_default_argument::MutableDefaultArgument,
        &nested_loop_pair_scan::NestedLoopPairScan,
        &range_len_loop::RangeLenLoop,
        &slice_membership_in_loop::SliceMembershipInLoop,
        &sort_for_top_k::SortForTopK,
        &string_concat_in_loop::StringConcatInLoop,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_documented() {
        let mut ids = std::collections::HashSet::new();
        for rule in registry() {
            let info = rule.info();
            assert!(ids.insert(info.id), "duplicate id {}", info.id);
            assert!(
                info.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                info.id
            );
            for section in ["## Why it matters", "## Fix", "## Example", "## Instead"] {
                assert!(info.docs.contains(section), "{} lacks {section}", info.id);
            }
        }
    }
}
