def largest_rectangle_area(heights):
    # Every range i..j; the rectangle over it is as tall as its lowest bar.
    n = len(heights)
    best = 0
    for i in range(n):
        low = heights[i]
        for j in range(i, n):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best
