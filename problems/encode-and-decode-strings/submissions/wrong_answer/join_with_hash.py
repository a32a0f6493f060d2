# Bug: joins with a separator that the strings may contain, so a string with a '#' comes back
# split in two; the empty list also comes back as [""].
class Codec:
    def encode(self, strs):
        return "#".join(strs)

    def decode(self, s):
        return s.split("#")
