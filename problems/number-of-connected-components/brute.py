def count_components(n, edges):
    label = list(range(n))
    for a, b in edges:
        old, new = label[b], label[a]
        if old != new:
            label = [new if x == old else x for x in label]
    return len(set(label))
