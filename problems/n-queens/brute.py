from itertools import permutations


def solve_n_queens(n):
    # One queen per row and per column means the columns, row by row, are a permutation of
    # 0..n-1. Try all n! of them and keep those with no two queens on a diagonal.
    boards = []
    for cols in permutations(range(n)):
        if len({r - c for r, c in enumerate(cols)}) == n and len({r + c for r, c in enumerate(cols)}) == n:
            boards.append(["".join("Q" if c == col else "." for c in range(n)) for col in cols])
    return boards
