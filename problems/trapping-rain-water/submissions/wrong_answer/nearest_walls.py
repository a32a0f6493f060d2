# Bug: bounds each column by its immediate neighbours instead of the highest bars on each side,
# so water above a lower bar inside a wide basin is missed.
def trap(height):
    water = 0
    for i in range(1, len(height) - 1):
        level = min(height[i - 1], height[i + 1])
        if level > height[i]:
            water += level - height[i]
    return water
