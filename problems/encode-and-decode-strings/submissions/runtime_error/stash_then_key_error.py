# Bug: keeps the list in a module-level dict and returns its key instead of encoding it.
# decode, in a process of its own, finds no such key and raises KeyError.
_store = {}


class Codec:
    def encode(self, strs):
        key = "k%d" % len(_store)
        _store[key] = strs
        return key

    def decode(self, s):
        return _store[s]
