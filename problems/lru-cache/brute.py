class LRUCache:
    # Usage order in a plain list: O(capacity) per call, obviously right.
    def __init__(self, capacity):
        self.capacity = capacity
        self.order = []
        self.values = {}

    def _touch(self, key):
        if key in self.order:
            self.order.remove(key)
        self.order.append(key)

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        self.values[key] = value
        self._touch(key)
        if len(self.order) > self.capacity:
            old = self.order.pop(0)
            del self.values[old]
