# expect: runtime_error
# message: interfered with the judge
# Fetches one URL at a time and writes its own fetch events on the reply descriptor, claiming
# starts for a URL the test does not have at a time before the clock started. Events that
# cannot have happened are tampering, a verdict, never the checker's failure.
import json
import os
import sys


async def fetch_all(urls, fetch, limit):
    seq, frame = None, sys._getframe()
    while frame is not None and seq is None:
        msg = frame.f_locals.get("msg")
        if isinstance(msg, dict):
            seq = msg.get("seq")
        frame = frame.f_back
    fake = json.dumps({"type": "event", "seq": seq, "call": 0, "url": "no-such-url", "t": -1.0}).encode()
    os.write(4, len(fake).to_bytes(4, "little") + fake)
    return [await fetch(url) for url in urls]
