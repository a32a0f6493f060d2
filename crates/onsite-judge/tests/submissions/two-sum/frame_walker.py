# expect: wrong_answer
# Searches the caller's frames and every object the garbage collector knows for the expected
# output. It is not in this process, so all it can do is guess.
import gc
import sys

def two_sum(nums, target):
    frame = sys._getframe(1)
    while frame is not None:
        for value in frame.f_locals.values():
            if isinstance(value, dict) and "expected" in value:
                return value["expected"]
        frame = frame.f_back
    for obj in gc.get_objects():
        if isinstance(obj, dict) and "expected" in obj and isinstance(obj["expected"], list):
            return obj["expected"]
    return [0, 1]
