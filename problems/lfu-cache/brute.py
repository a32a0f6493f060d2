class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.clock = 0

    def _tick(self):
        self.clock += 1
        return self.clock

    def get(self, key):
        if key not in self.data:
            return -1
        value, count, _ = self.data[key]
        self.data[key] = (value, count + 1, self._tick())
        return value

    def put(self, key, value):
        if key in self.data:
            _, count, _ = self.data[key]
            self.data[key] = (value, count + 1, self._tick())
            return
        if len(self.data) >= self.capacity:
            victim = min(self.data, key=lambda k: (self.data[k][1], self.data[k][2]))
            del self.data[victim]
        self.data[key] = (value, 1, self._tick())
