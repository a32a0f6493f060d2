# The builtin (three arguments), which the LeetCode-style prelude's operator.pow would shadow.
from builtins import pow


def unique_paths(m, n):
    """Routes modulo 10^9 + 7 on grids up to 10^5 x 10^5, without a table: a route is a choice
    of which m - 1 of its m + n - 2 moves go down, C(m + n - 2, m - 1). The binomial is built
    as a product of min(m, n) - 1 fractions mod p, the division done once with Fermat's
    inverse: O(min(m, n)) time, O(1) space."""
    mod = 10**9 + 7
    moves, k = m + n - 2, min(m, n) - 1
    num = den = 1
    for i in range(k):
        num = num * (moves - i) % mod
        den = den * (i + 1) % mod
    return num * pow(den, mod - 2, mod) % mod
