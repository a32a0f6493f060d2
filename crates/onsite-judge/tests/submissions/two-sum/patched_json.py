# expect: wrong_answer
# Replaces json.dumps and the encoder so every reply claims [0, 1]: it only changes the value
# the judge sees, which is still compared with the expected output outside this process.
import json
import json.encoder

def fake_dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and obj.get("type") == "result":
        obj = dict(obj, value=[0, 1])
    return original(obj, *args, **kwargs)

original = json.dumps
json.dumps = fake_dumps

def two_sum(nums, target):
    return [0, 1]
