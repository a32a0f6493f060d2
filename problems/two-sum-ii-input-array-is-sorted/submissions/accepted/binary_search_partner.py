# For each value, binary-search its partner to the right: O(n log n), O(1) extra space.
def two_sum(numbers, target):
    for i, x in enumerate(numbers):
        j = bisect_left(numbers, target - x, i + 1)
        if j < len(numbers) and numbers[j] == target - x:
            return [i + 1, j + 1]
    return []
