# expect: accepted
# The harness starts lean: it reads and writes JSON through the C accelerator, so `json`, `re`,
# `enum` and `collections` (about 13 ms of every process's start) are not imported before the
# submission is. A submission that needs them imports them, and pays for them, itself.
import sys

HEAVY = [name for name in ("json", "re", "enum", "collections", "typing") if name in sys.modules]


def two_sum(nums, target):
    if HEAVY:
        raise RuntimeError("imported before the submission: " + ", ".join(HEAVY))
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
