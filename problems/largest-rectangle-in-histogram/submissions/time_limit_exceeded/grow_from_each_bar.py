# Correct but quadratic on flat histograms: grows a rectangle left and right from every bar while
# the neighbours are at least as tall.
def largest_rectangle_area(heights):
    n = len(heights)
    best = 0
    for i, h in enumerate(heights):
        lo = i
        while lo > 0 and heights[lo - 1] >= h:
            lo -= 1
        hi = i
        while hi < n - 1 and heights[hi + 1] >= h:
            hi += 1
        best = max(best, h * (hi - lo + 1))
    return best
