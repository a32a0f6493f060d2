# expect: runtime_error
# message: interfered with the judge
# Writes a frame answering the current request with a type no `run` is answered with, then
# waits so that the frame arrives alone. Whatever the candidate's process writes is a verdict
# about the submission, never the judge's own failure.
import json
import os
import time

def two_sum(nums, target):
    fake = json.dumps({"type": "hello", "seq": 0, "protocol": 1}).encode()
    os.write(4, len(fake).to_bytes(4, "little") + fake)
    time.sleep(0.3)
    return [0, 1]
