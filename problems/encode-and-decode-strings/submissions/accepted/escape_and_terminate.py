# Escaping instead of lengths: a backslash before every backslash and every comma inside a
# string, and an unescaped comma after every string (a terminator, not a separator, so that
# [] and [""] differ). Decode walks the characters once.
class Codec:
    def encode(self, strs):
        return "".join(s.replace("\\", "\\\\").replace(",", "\\,") + "," for s in strs)

    def decode(self, data):
        out, current = [], []
        escaped = False
        for ch in data:
            if escaped:
                current.append(ch)
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == ",":
                out.append("".join(current))
                current = []
            else:
                current.append(ch)
        return out
