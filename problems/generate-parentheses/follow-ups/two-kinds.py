CLOSING = {"(": ")", "[": "]"}


def generate_parenthesis(n):
    result, path, open_kinds = [], [], []

    def walk(opened):
        if len(path) == 2 * n:
            result.append("".join(path))
            return
        if opened < n:
            for bracket in "([":
                path.append(bracket)
                open_kinds.append(bracket)
                walk(opened + 1)
                open_kinds.pop()
                path.pop()
        if open_kinds:
            # Only the latest unclosed bracket may be closed, with its own kind.
            bracket = open_kinds.pop()
            path.append(CLOSING[bracket])
            walk(opened)
            path.pop()
            open_kinds.append(bracket)

    walk(0)
    return result
