# Each number counted on its own with the built-in: O(n log n), accepted for the main problem.
def count_bits(n):
    return [bin(i).count("1") for i in range(n + 1)]
