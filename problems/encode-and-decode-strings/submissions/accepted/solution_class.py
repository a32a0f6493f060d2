# NeetCode spells it `class Solution` with the same two methods: a fixed-width header of eight
# digits holds each length, so decode never searches for a separator.
class Solution:
    def encode(self, strs: List[str]) -> str:
        return "".join(f"{len(s):08d}{s}" for s in strs)

    def decode(self, s: str) -> List[str]:
        out, i = [], 0
        while i < len(s):
            length = int(s[i : i + 8])
            out.append(s[i + 8 : i + 8 + length])
            i += 8 + length
        return out
