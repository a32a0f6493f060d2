def count_components(n, edges):
    return max(1, n - len(edges))
