# Drops digits as well as punctuation.
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalpha()]
    return t == t[::-1]
