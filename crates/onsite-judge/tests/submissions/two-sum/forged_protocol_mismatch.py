# expect: runtime_error
# message: interfered with the judge
# While its file loads, claims on the reply descriptor that the harness speaks another
# protocol version. The version was checked in the hello, before any of its code ran, so this
# is the submission talking, not the harness.
import json
import os
import time

fake = json.dumps({"type": "protocol_mismatch", "protocol": 99}).encode()
os.write(4, len(fake).to_bytes(4, "little") + fake)
time.sleep(0.3)

def two_sum(nums, target):
    return [0, 1]
