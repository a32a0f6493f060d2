# Bug: only considers single letters and palindromes that start at the very beginning.
def partition(s):
    result = [list(s)]
    for end in range(2, len(s) + 1):
        head = s[:end]
        if head == head[::-1]:
            result.append([head] + list(s[end:]))
    return result
