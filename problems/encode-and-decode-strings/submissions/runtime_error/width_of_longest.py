# Bug: a fixed-width header as wide as the digits of the longest length; max() of an empty
# list raises ValueError when there is nothing to encode.
class Codec:
    def encode(self, strs):
        width = len(str(max(len(s) for s in strs)))
        return str(width) + "|" + "".join(str(len(s)).zfill(width) + s for s in strs)

    def decode(self, s):
        bar = s.index("|")
        width, i, out = int(s[:bar]), bar + 1, []
        while i < len(s):
            length = int(s[i : i + width])
            out.append(s[i + width : i + width + length])
            i += width + length
        return out
