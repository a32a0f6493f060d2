# Correct but O(n * k): finds and removes the nearest remaining point, k times.
def k_closest(points, k):
    rest = list(points)
    result = []
    for _ in range(k):
        p = min(rest, key=lambda q: q[0] * q[0] + q[1] * q[1])
        rest.remove(p)
        result.append(p)
    return result
