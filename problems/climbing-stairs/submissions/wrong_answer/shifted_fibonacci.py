# Bug: starts the sequence at 0, 1 as for Fibonacci numbers, so it returns the n-th Fibonacci
# number instead of the (n + 1)-th: one climb for two steps instead of two.
def climb_stairs(n):
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b
