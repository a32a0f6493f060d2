# Iterative: a stack of partial placements (queen columns of the rows filled so far); a new queen
# is checked against every earlier one.
def solve_n_queens(n):
    result = []
    stack = [[]]
    while stack:
        cols = stack.pop()
        row = len(cols)
        if row == n:
            result.append(["." * c + "Q" + "." * (n - 1 - c) for c in cols])
            continue
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                stack.append(cols + [c])
    return result
