# class: O(2^n)
# problem: longest-substring-without-repeating-characters
# note: recursion dropping the first or the last character until the rest is distinct (no memo)
def length_of_longest_substring(s):
    def best(i, j):
        if len(set(s[i:j])) == j - i:
            return j - i
        return max(best(i + 1, j), best(i, j - 1))
    return best(0, len(s))
