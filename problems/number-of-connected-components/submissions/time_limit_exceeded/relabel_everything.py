def count_components(n, edges):
    label = list(range(n))
    for a, b in edges:
        old, new = label[b], label[a]
        if old != new:
            for i in range(n):
                if label[i] == old:
                    label[i] = new
    return len(set(label))
