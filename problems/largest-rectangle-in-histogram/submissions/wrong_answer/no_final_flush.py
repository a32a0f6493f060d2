# Bug: only measures a bar when a lower bar comes after it, and never empties the stack at the
# end, so rectangles that reach the last bar are never counted.
def largest_rectangle_area(heights):
    stack = []
    best = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            k = stack.pop()
            left = stack[-1] if stack else -1
            best = max(best, heights[k] * (i - left - 1))
        stack.append(i)
    return best
