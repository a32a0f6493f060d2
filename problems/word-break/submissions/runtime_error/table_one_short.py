# Bug: a table of len(s) entries, one short: marking the end of a word that reaches the end of
# the text writes past it.
def word_break(s, word_dict):
    dp = [False] * len(s)
    dp[0] = True
    for i in range(len(s)):
        if not dp[i]:
            continue
        for w in word_dict:
            if s.startswith(w, i):
                dp[i + len(w)] = True
    return dp[-1]
