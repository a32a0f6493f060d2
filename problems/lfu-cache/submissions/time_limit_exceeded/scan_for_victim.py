class LFUCache:
    def __init__(self, capacity):
        self.capacity, self.data, self.clock = capacity, {}, 0

    def get(self, key):
        if key not in self.data:
            return -1
        self.clock += 1
        value, count, _ = self.data[key]
        self.data[key] = (value, count + 1, self.clock)
        return value

    def put(self, key, value):
        self.clock += 1
        if key in self.data:
            _, count, _ = self.data[key]
            self.data[key] = (value, count + 1, self.clock)
            return
        if len(self.data) >= self.capacity:
            victim = min(self.data.items(), key=lambda kv: kv[1][1:])[0]
            del self.data[victim]
        self.data[key] = (value, 1, self.clock)
