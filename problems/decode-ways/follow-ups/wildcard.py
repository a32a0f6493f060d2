MOD = 10**9 + 7


def num_decodings(s):
    # As the main problem, with each piece counted by how many codes it can stand for.
    def single(c):
        if c == "*":
            return 9
        return 0 if c == "0" else 1

    def pair(a, b):
        if a == "*":
            if b == "*":
                return 15  # 11..19 and 21..26
            return 2 if b <= "6" else 1  # 1b always, 2b when b <= 6
        if a == "1":
            return 9 if b == "*" else 1
        if a == "2":
            if b == "*":
                return 6  # 21..26
            return 1 if b <= "6" else 0
        return 0

    prev, cur = 0, 1
    for i, c in enumerate(s):
        nxt = cur * single(c)
        if i > 0:
            nxt += prev * pair(s[i - 1], c)
        prev, cur = cur, nxt % MOD
    return cur
