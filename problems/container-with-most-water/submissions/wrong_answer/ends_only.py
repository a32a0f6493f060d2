def max_area(height):
    return (len(height) - 1) * min(height[0], height[-1])
