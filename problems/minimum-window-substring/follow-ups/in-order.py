def min_window(s, t):
    best = ""
    i = 0
    while i < len(s):
        # Earliest end of a match of t starting at or after i.
        j = 0
        end = i
        while end < len(s):
            if s[end] == t[j]:
                j += 1
                if j == len(t):
                    break
            end += 1
        if end == len(s):
            break
        # Latest start for this end.
        j = len(t) - 1
        start = end
        while j >= 0:
            if s[start] == t[j]:
                j -= 1
            start -= 1
        start += 1
        if not best or end - start + 1 < len(best):
            best = s[start:end + 1]
        i = start + 1
    return best
