# class: O(n)
# problem: longest-substring-without-repeating-characters
# note: extends from every start until a repeat; windows are at most 95 long here, so linear
def length_of_longest_substring(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:i + 96]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best
