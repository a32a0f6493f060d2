class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window, self.log = limit, window, {}

    def allow(self, client, timestamp):
        times = [t for t in self.log.get(client, []) if t > timestamp - self.window]
        if len(times) < self.limit:
            times.append(timestamp)
            self.log[client] = times
            return True
        self.log[client] = times
        return False
