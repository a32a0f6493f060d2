# expect: output_limit_exceeded
# message: far more than any answer to this problem
# The encoded string crosses to the judge before the decoder sees it: one far longer than any
# answer is refused from its frame's header, unread, and never reaches the second process.
class Codec:
    def encode(self, strs):
        return "x" * 30_000_000

    def decode(self, s):
        return []
