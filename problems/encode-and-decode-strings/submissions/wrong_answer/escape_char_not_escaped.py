# Bug: puts a backslash before every '#' inside a string and ends each string with a bare
# '#', but never escapes the backslash itself. A string ending in a backslash makes its
# terminator look escaped, and a string holding "\#" comes back as "#".
import re


class Codec:
    def encode(self, strs):
        return "".join(s.replace("#", "\\#") + "#" for s in strs)

    def decode(self, s):
        parts = re.split(r"(?<!\\)#", s)[:-1]
        return [p.replace("\\#", "#") for p in parts]
