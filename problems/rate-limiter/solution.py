from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.accepted = {}

    def allow(self, client, timestamp):
        q = self.accepted.get(client)
        if q is None:
            q = self.accepted[client] = deque()
        expired = timestamp - self.window
        while q and q[0] <= expired:
            q.popleft()
        if len(q) < self.limit:
            q.append(timestamp)
            return True
        return False
