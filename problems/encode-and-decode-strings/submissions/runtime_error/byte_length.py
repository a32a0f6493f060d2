# Bug: the header holds the length in UTF-8 bytes, but decode counts characters. Right for
# ASCII; after a string with an accent or an emoji it reads too far, and the next "length" it
# parses is not a number (ValueError).
class Codec:
    def encode(self, strs):
        return "".join(f"{len(s.encode('utf-8'))}#{s}" for s in strs)

    def decode(self, s):
        out, i = [], 0
        while i < len(s):
            j = s.index("#", i)
            length = int(s[i:j])
            out.append(s[j + 1 : j + 1 + length])
            i = j + 1 + length
        return out
