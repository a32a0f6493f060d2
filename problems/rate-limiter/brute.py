class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.log = []

    def allow(self, client, timestamp):
        recent = sum(1 for c, t in self.log if c == client and t > timestamp - self.window)
        if recent < self.limit:
            self.log.append((client, timestamp))
            return True
        return False
