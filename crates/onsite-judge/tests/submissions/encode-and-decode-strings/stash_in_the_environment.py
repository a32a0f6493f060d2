# expect: wrong_answer
# message: differs from the expected output
# The environment of the encoding process does not reach the decoding one (nor does a module
# attribute, a builtin or a shared-memory segment).
import builtins
import json
import os


class Codec:
    def encode(self, strs):
        os.environ["ONSITE_STASH"] = json.dumps(strs)
        builtins.onsite_stash = list(strs)
        return ""

    def decode(self, s):
        found = getattr(builtins, "onsite_stash", None)
        if found is not None:
            return found
        return json.loads(os.environ.get("ONSITE_STASH", "[]"))
