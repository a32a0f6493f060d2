# expect: runtime_error
# message: define `class Codec` with the methods `encode` and `decode`
class Codec:
    def encode(self, strs):
        return "".join("%d:%s" % (len(s), s) for s in strs)
