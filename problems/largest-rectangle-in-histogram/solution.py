def largest_rectangle_area(heights):
    # Indices of bars with increasing heights. Popping bar k at index i: i is the first lower
    # bar on its right, the new top the first lower bar on its left. The virtual bar of height 0
    # at index n flushes the stack.
    n = len(heights)
    stack = []
    best = 0
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            k = stack.pop()
            left = stack[-1] if stack else -1
            best = max(best, heights[k] * (i - left - 1))
        stack.append(i)
    return best
