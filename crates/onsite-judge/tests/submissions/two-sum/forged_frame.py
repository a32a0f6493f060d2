# expect: runtime_error
# message: private channel
# Writes a well-formed reply claiming the right answer for the first example on every
# descriptor before returning. Replies are matched to requests one to one, so the extra frame
# is caught as tampering (it could never have claimed more than the function can return).
import json
import os

def two_sum(nums, target):
    fake = json.dumps({"type": "result", "seq": 0, "value": [1, 3], "verdict": "accepted"}).encode()
    frame = len(fake).to_bytes(4, "little") + fake
    for fd in range(0, 10):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
