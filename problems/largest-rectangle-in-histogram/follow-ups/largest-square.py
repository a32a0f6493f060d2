def largest_rectangle_area(heights):
    # The same pass as for rectangles: the square for popped bar k has side min(height, width).
    n = len(heights)
    stack = []
    side = 0
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            k = stack.pop()
            left = stack[-1] if stack else -1
            side = max(side, min(heights[k], i - left - 1))
        stack.append(i)
    return side * side
