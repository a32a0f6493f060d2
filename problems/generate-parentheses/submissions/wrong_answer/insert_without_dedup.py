# Bug: inserting "()" at every position of every string with one pair fewer does reach every
# well-formed string, but most of them several times, and the copies are never removed.
def generate_parenthesis(n):
    strings = [""]
    for _ in range(n):
        strings = [s[:i] + "()" + s[i:] for s in strings for i in range(len(s) + 1)]
    return strings
