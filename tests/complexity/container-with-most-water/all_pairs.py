# class: O(n^2)
# problem: container-with-most-water
# note: every pair of walls
def max_area(height):
    n = len(height)
    best = 0
    for i in range(n):
        hi = height[i]
        for j in range(i + 1, n):
            area = min(hi, height[j]) * (j - i)
            if area > best:
                best = area
    return best
