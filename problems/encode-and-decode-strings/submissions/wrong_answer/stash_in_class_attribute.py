# Bug: does not encode anything. encode keeps the list in a class attribute and returns its
# key; decode looks the key up and falls back to an empty list. In one process it "works", but
# decode runs in another, where the attribute is empty.
class Codec:
    saved = {}

    def encode(self, strs):
        key = str(len(Codec.saved))
        Codec.saved[key] = list(strs)
        return key

    def decode(self, s):
        return Codec.saved.get(s, [])
