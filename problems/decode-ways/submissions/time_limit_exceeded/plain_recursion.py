# Correct but exponential: every way to read the next letter, nothing remembered.
def num_decodings(s):
    def ways(i):
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
            total += ways(i + 2)
        return total

    return ways(0)
