# Bug: ranks the points by |x| + |y|, which orders them differently from the real distance
# ([3, 3] is nearer than [0, 5], but 6 > 5).
def k_closest(points, k):
    return sorted(points, key=lambda p: abs(p[0]) + abs(p[1]))[:k]
