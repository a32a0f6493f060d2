# expect: runtime_error
# message: FileNotFoundError
# The decoder runs in a process of its own with its own /work and /tmp: what the encoder wrote
# to a file is not there.
import json


class Codec:
    def encode(self, strs):
        with open("/tmp/onsite-stash.json", "w") as f:
            json.dump(strs, f)
        return "see the file"

    def decode(self, s):
        with open("/tmp/onsite-stash.json") as f:
            return json.load(f)
