def trap(height):
    # For every column, find the highest bar on each side by scanning; the water above it is
    # the lower of the two minus its own height.
    n = len(height)
    water = 0
    for i in range(n):
        left = 0
        for j in range(i + 1):
            left = max(left, height[j])
        right = 0
        for j in range(i, n):
            right = max(right, height[j])
        water += min(left, right) - height[i]
    return water
