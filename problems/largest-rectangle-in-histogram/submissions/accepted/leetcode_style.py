# LeetCode-style: a stack that starts with the sentinel index -1, and a final pass over what is
# left on it.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = [-1]
        best = 0
        for i, h in enumerate(heights):
            while stack[-1] != -1 and heights[stack[-1]] >= h:
                top = stack.pop()
                best = max(best, heights[top] * (i - stack[-1] - 1))
            stack.append(i)
        n = len(heights)
        while stack[-1] != -1:
            top = stack.pop()
            best = max(best, heights[top] * (n - stack[-1] - 1))
        return best
