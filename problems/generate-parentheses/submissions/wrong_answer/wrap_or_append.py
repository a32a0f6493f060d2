# Bug: builds n pairs from n - 1 pairs by wrapping a string in "()" or putting "()" before or
# after it. That misses strings such as "(())(())", which are two groups neither of which is "()".
def generate_parenthesis(n):
    strings = {"()"}
    for _ in range(n - 1):
        strings = {w for s in strings for w in ("(" + s + ")", "()" + s, s + "()")}
    return list(strings)
