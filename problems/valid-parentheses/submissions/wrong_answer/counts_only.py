# Bug: only checks that each kind is balanced in count and never negative,
# so crossed pairs like "([)]" pass.
def is_valid(s):
    depth = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in depth:
            depth[ch] += 1
        else:
            depth[opener[ch]] -= 1
            if depth[opener[ch]] < 0:
                return False
    return all(v == 0 for v in depth.values())
