# Bug: reads the left boundary from the stack after popping without checking that a bar is
# left on it; popping the lowest bar so far raises IndexError.
def largest_rectangle_area(heights):
    stack = []
    best = 0
    for i, h in enumerate(heights + [0]):
        while stack and heights[stack[-1]] > h:
            k = stack.pop()
            best = max(best, heights[k] * (i - stack[-1] - 1))
        stack.append(i)
    return best
