# Bug: a route has m - 1 moves down, but this chooses m of the m + n - 2 moves.
from math import comb

def unique_paths(m, n):
    return comb(m + n - 2, m)
