def count_components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    extra = 0
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            extra += 1
        else:
            parent[ra] = rb
    return extra
