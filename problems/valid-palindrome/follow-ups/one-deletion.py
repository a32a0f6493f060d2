def is_palindrome(s):
    chars = [c.lower() for c in s if c.isalnum()]

    def palindrome(i, j):
        while i < j:
            if chars[i] != chars[j]:
                return False
            i += 1
            j -= 1
        return True

    # At the first mismatch, drop one side or the other.
    i, j = 0, len(chars) - 1
    while i < j:
        if chars[i] != chars[j]:
            return palindrome(i + 1, j) or palindrome(i, j - 1)
        i += 1
        j -= 1
    return True
