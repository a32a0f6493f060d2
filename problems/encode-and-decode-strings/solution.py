class Codec:
    # Length prefix: each string is written as its length in decimal, a '#', then the string
    # itself. Decoding reads the digits up to the next '#', then takes exactly that many
    # characters without looking at them, so a '#' or a digit inside a string is harmless.
    # O(total length) time for both directions, O(total length) space for the result.
    def encode(self, strs):
        return "".join(str(len(s)) + "#" + s for s in strs)

    def decode(self, data):
        strs = []
        i = 0
        while i < len(data):
            j = data.index("#", i)
            start = j + 1
            end = start + int(data[i:j])
            strs.append(data[start:end])
            i = end
        return strs
