# A stack of bars with falling heights; a higher bar closes the basin on top of it, layer by layer.
def trap(height):
    stack = []
    water = 0
    for i, h in enumerate(height):
        while stack and height[stack[-1]] < h:
            bottom = stack.pop()
            if not stack:
                break
            left = stack[-1]
            water += (min(height[left], h) - height[bottom]) * (i - left - 1)
        stack.append(i)
    return water
