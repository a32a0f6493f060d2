# class: O(n^2)
# problem: valid-palindrome
# note: C-speed quadratic: compares the two ends, then copies the middle with t[1:-1] (about n²/4 bytes copied in all; the copying outgrows the per-step overhead only from a few thousand characters)
def is_palindrome(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    while len(t) > 1:
        if t[0] != t[-1]:
            return False
        t = t[1:-1]
    return True
