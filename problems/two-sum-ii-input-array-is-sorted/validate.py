from collections import Counter


def validate(input):
    numbers, target = input["numbers"], input["target"]
    assert 2 <= len(numbers) <= 3 * 10**4, f"len(numbers) = {len(numbers)} is outside 2..3*10^4"
    assert all(-1000 <= x <= 1000 for x in numbers), "a value is outside -1000..1000"
    assert -1000 <= target <= 1000, f"target {target} is outside -1000..1000"
    assert all(a <= b for a, b in zip(numbers, numbers[1:])), "numbers is not sorted"
    count = Counter(numbers)
    pairs = sum(c * count.get(target - v, 0) for v, c in count.items() if 2 * v < target)
    pairs += count.get(target // 2, 0) * (count.get(target // 2, 0) - 1) // 2 if target % 2 == 0 else 0
    assert pairs == 1, f"{pairs} pairs of positions add up to the target; exactly one must"
