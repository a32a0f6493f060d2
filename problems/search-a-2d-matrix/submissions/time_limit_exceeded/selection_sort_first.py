# Correct but quadratic in the number of cells: copies the values into one list and sorts it
# with a hand-written selection sort (each pass scans the rest) before a binary search.
def search_matrix(matrix, target):
    flat = [x for row in matrix for x in row]
    n = len(flat)
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if flat[j] < flat[smallest]:
                smallest = j
        flat[i], flat[smallest] = flat[smallest], flat[i]
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if flat[mid] == target:
            return True
        if flat[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False
