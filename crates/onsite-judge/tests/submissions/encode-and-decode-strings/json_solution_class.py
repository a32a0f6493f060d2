# expect: accepted
# NeetCode spells the class `Solution`; the standard library's JSON round-trips any list of
# strings (an interviewer would ask for the length-prefixed encoding, but it is correct).
import json
from typing import List


class Solution:
    def encode(self, strs: List[str]) -> str:
        return json.dumps(strs)

    def decode(self, s: str) -> List[str]:
        return json.loads(s)
