class Codec:
    # Spelled out character by character: every string becomes "[", then each of its
    # characters as six hexadecimal digits of its code point, then "]". Only "[", "]" and hex
    # digits ever appear in the encoding, so nothing inside a string can be mistaken for the
    # structure. Linear, but six characters out for each character in and a Python-level loop
    # over every one of them.
    def encode(self, strs):
        parts = []
        for s in strs:
            parts.append("[")
            for ch in s:
                parts.append("%06x" % ord(ch))
            parts.append("]")
        return "".join(parts)

    def decode(self, data):
        strs = []
        current = None
        i = 0
        while i < len(data):
            ch = data[i]
            if ch == "[":
                current = []
                i += 1
            elif ch == "]":
                strs.append("".join(current))
                current = None
                i += 1
            else:
                current.append(chr(int(data[i:i + 6], 16)))
                i += 6
        return strs
