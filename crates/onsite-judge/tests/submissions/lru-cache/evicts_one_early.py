# expect: wrong_answer
# message: operation 2, put(2, 20), returned 1 instead of null
# A design failure names the first wrong call with its arguments. This cache evicts when it
# reaches its capacity instead of when it exceeds it, and put() returns the evicted key.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) >= self.capacity:
            return self.items.popitem(last=False)[0]
