from collections import Counter


def single_number(nums):
    for value, count in Counter(nums).items():
        if count == 1:
            return value
