# Correct but O(n^3): tests every substring character by character.
def longest_palindrome(s):
    best = s[0]
    for i in range(len(s)):
        for j in range(i + 1, len(s)):
            ok = True
            for k in range((j - i + 1) // 2):
                if s[i + k] != s[j - k]:
                    ok = False
                    break
            if ok and j - i + 1 > len(best):
                best = s[i:j + 1]
    return best
