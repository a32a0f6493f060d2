def generate_parenthesis(n):
    result, path = [], []

    def walk(opened, closed):
        if closed == n:
            result.append("".join(path))
            return
        if opened < n:
            path.append("(")
            walk(opened + 1, closed)
            path.pop()
        if closed < opened:
            path.append(")")
            walk(opened, closed + 1)
            path.pop()

    walk(0, 0)
    return result
