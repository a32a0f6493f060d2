# Bug: the piece's end is inclusive in the check but the loop runs it up to len(s), so the
# two-pointer check reads s[len(s)].
def partition(s):
    def is_palindrome(lo, hi):
        while lo < hi:
            if s[lo] != s[hi]:
                return False
            lo, hi = lo + 1, hi - 1
        return True

    result = []

    def walk(start, path):
        if start == len(s):
            result.append(path)
            return
        for end in range(start, len(s) + 1):
            if is_palindrome(start, end):
                walk(end + 1, path + [s[start:end + 1]])

    walk(0, [])
    return result
