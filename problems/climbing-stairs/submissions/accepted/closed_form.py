# Binet's formula: the (n + 1)-th Fibonacci number, rounded. Floating point is exact enough
# for every n up to 45 (and well beyond).
import math


def climb_stairs(n):
    phi = (1 + math.sqrt(5)) / 2
    return round(phi ** (n + 1) / math.sqrt(5))
