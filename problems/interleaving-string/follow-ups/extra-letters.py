def is_interleave(s1, s2, s3):
    """s3 may hold letters that belong to neither string: can s1 and s2 be picked out of s3 at
    disjoint positions, each in its own order?

    end[j] (row i): the length of the shortest prefix of s3 that holds s1[:i] and s2[:j] at
    disjoint positions, or L + 1 when no prefix does. The last position of such a shortest
    prefix is used by s1[i - 1] or by s2[j - 1], and taking the earliest suitable letter after
    the shortest prefix for the rest is never worse, so
    end(i, j) = min(after(end(i - 1, j), s1[i - 1]), after(end(i, j - 1), s2[j - 1])).
    O(len(s1) * len(s2) + 26 * len(s3)) time, O(len(s2) + 26 * len(s3)) space."""
    n, m, length = len(s1), len(s2), len(s3)
    none = length + 1
    # nxt[k][c]: one past the first position >= k holding letter c, or `none`.
    nxt = [None] * (length + 2)
    nxt[length] = nxt[length + 1] = [none] * 26
    for k in range(length - 1, -1, -1):
        row = nxt[k + 1][:]
        row[ord(s3[k]) - 97] = k + 1
        nxt[k] = row

    def after(e, ch):
        return nxt[e][ord(ch) - 97]

    end = [0] * (m + 1)
    for j in range(1, m + 1):
        end[j] = after(end[j - 1], s2[j - 1])
    for i in range(1, n + 1):
        a = s1[i - 1]
        end[0] = after(end[0], a)
        for j in range(1, m + 1):
            end[j] = min(after(end[j], a), after(end[j - 1], s2[j - 1]))
    return end[m] <= length
