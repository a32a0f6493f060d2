from collections import OrderedDict


class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}
        self.groups = {}
        self.min_count = 0

    def _use(self, key):
        value, count = self.entries[key]
        group = self.groups[count]
        del group[key]
        if not group:
            del self.groups[count]
            if self.min_count == count:
                self.min_count = count + 1
        self.entries[key] = (value, count + 1)
        self.groups.setdefault(count + 1, OrderedDict())[key] = None

    def get(self, key):
        if key not in self.entries:
            return -1
        self._use(key)
        return self.entries[key][0]

    def put(self, key, value):
        if key in self.entries:
            self.entries[key] = (value, self.entries[key][1])
            self._use(key)
            return
        if len(self.entries) >= self.capacity:
            group = self.groups[self.min_count]
            old, _ = group.popitem(last=False)
            if not group:
                del self.groups[self.min_count]
            del self.entries[old]
        self.entries[key] = (value, 1)
        self.groups.setdefault(1, OrderedDict())[key] = None
        self.min_count = 1
