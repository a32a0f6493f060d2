# Bug: takes a piece as a palindrome when its first and last letters match, without looking
# between them.
def partition(s):
    result = []

    def walk(start, path):
        if start == len(s):
            result.append(path)
            return
        for end in range(start, len(s)):
            if s[start] == s[end]:
                walk(end + 1, path + [s[start:end + 1]])

    walk(0, [])
    return result
