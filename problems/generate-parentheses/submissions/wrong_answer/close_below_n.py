# Bug: allows ')' whenever fewer than n have been closed, not only while one is open, so
# strings such as ")(" come out too.
def generate_parenthesis(n):
    result = []

    def go(s, opened, closed):
        if len(s) == 2 * n:
            result.append(s)
            return
        if opened < n:
            go(s + "(", opened + 1, closed)
        if closed < n:
            go(s + ")", opened, closed + 1)

    go("", 0, 0)
    return result
