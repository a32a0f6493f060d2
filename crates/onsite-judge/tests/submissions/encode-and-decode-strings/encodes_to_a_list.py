# expect: wrong_answer
# message: `encode` returned a value of type list where a str was expected
class Codec:
    def encode(self, strs):
        return list(strs)

    def decode(self, s):
        return list(s)
