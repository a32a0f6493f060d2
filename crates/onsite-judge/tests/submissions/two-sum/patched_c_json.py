# expect: accepted
# Replaces the C accelerator's encoder and scanner with ones that would forge or break every
# reply, after the harness has started: the harness bound its own at start, so nothing it sends
# or reads changes, and the right answer is accepted.
import _json


def forged(*args, **kwargs):
    raise RuntimeError("forged encoder used")


_json.make_encoder = forged
_json.make_scanner = forged
_json.encode_basestring = forged
_json.encode_basestring_ascii = forged


def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
