# expect: wrong_answer
# message: differs from the expected output
# Only the characters of the encoded string cross to the decoder: a str subclass carrying the
# list as an attribute arrives as a plain (here empty) string.
class Carrier(str):
    pass


class Codec:
    def encode(self, strs):
        s = Carrier("")
        s.strs = list(strs)
        return s

    def decode(self, s):
        return getattr(s, "strs", [])
