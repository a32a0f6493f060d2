def max_area(height):
    n = len(height)
    return max((j - i) * min(height[i], height[j]) for i in range(n) for j in range(i + 1, n))
