# Correct but quadratic: a table row per character of which open counts are reachable, each
# row as long as the string. O(n^2) time whatever the input: 10^10 steps for 10^5 characters.
def check_valid_string(s):
    n = len(s)
    can = [False] * (n + 2)
    can[0] = True
    for ch in s:
        nxt = [False] * (n + 2)
        for k in range(n + 1):
            if not can[k]:
                continue
            if ch != ")":
                nxt[k + 1] = True
            if ch != "(" and k > 0:
                nxt[k - 1] = True
            if ch == "*":
                nxt[k] = True
        can = nxt
    return can[0]
