# Correct but quadratic: looks for the highest bar on each side of every column.
def trap(height):
    water = 0
    for i in range(len(height)):
        left = right = height[i]
        for j in range(i):
            if height[j] > left:
                left = height[j]
        for j in range(i + 1, len(height)):
            if height[j] > right:
                right = height[j]
        water += min(left, right) - height[i]
    return water
