# Bug: reads the (k + 1)-th smallest distance as a cut-off, which does not exist when k is
# the number of points: IndexError.
def k_closest(points, k):
    dist = sorted(x * x + y * y for x, y in points)
    cutoff = dist[k]
    return [p for p in points if p[0] * p[0] + p[1] * p[1] < cutoff]
