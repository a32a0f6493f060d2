class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.current = {}

    def allow(self, client, timestamp):
        index = timestamp // self.window
        start, count = self.current.get(client, (index, 0))
        if start != index:
            start, count = index, 0
        if count < self.limit:
            self.current[client] = (start, count + 1)
            return True
        self.current[client] = (start, count)
        return False
