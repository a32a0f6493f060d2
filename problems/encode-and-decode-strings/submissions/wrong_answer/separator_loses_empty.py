# Bug: escapes the separator properly, but uses it between strings rather than after each, so
# [] and [""] both encode to "" and decode can only return one of them.
class Codec:
    def encode(self, strs):
        return ",".join(s.replace("\\", "\\\\").replace(",", "\\,") for s in strs)

    def decode(self, s):
        if not s:
            return []
        out, current, i = [], [], 0
        while i < len(s):
            if s[i] == "\\":
                current.append(s[i + 1])
                i += 2
            elif s[i] == ",":
                out.append("".join(current))
                current = []
                i += 1
            else:
                current.append(s[i])
                i += 1
        out.append("".join(current))
        return out
