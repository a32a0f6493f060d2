# Length prefix, but decode cuts the rest of the encoding off after each string
# (`s = s[end:]`), copying everything not read yet once per string: O(number of strings *
# total length). At 200 strings of 200 characters that is a few million characters copied and
# passes; the large-input follow-up (10^5 strings, 10^6 characters) exceeds the time limit.
class Codec:
    def encode(self, strs):
        return "".join(f"{len(x)}#{x}" for x in strs)

    def decode(self, s):
        out = []
        while s:
            hash_at = s.index("#")
            end = hash_at + 1 + int(s[:hash_at])
            out.append(s[hash_at + 1 : end])
            s = s[end:]
        return out
