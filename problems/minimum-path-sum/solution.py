def min_path_sum(grid):
    best = []
    for r, row in enumerate(grid):
        if r == 0:
            total = 0
            for cost in row:
                total += cost
                best.append(total)
            continue
        best[0] += row[0]
        for c in range(1, len(row)):
            best[c] = row[c] + min(best[c], best[c - 1])
    return best[-1]
