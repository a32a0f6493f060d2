from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window, self.seen = limit, window, {}

    def allow(self, client, timestamp):
        q = self.seen.setdefault(client, deque())
        while q and q[0] <= timestamp - self.window:
            q.popleft()
        q.append(timestamp)
        return len(q) <= self.limit
