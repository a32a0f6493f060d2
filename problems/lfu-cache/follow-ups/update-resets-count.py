from collections import OrderedDict


class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}
        self.groups = {}
        self.min_count = 0

    def _remove(self, key):
        _, count = self.entries.pop(key)
        group = self.groups[count]
        del group[key]
        if not group:
            del self.groups[count]

    def _add(self, key, value, count):
        self.entries[key] = (value, count)
        self.groups.setdefault(count, OrderedDict())[key] = None

    def get(self, key):
        if key not in self.entries:
            return -1
        value, count = self.entries[key]
        self._remove(key)
        if self.min_count == count and count not in self.groups:
            self.min_count = count + 1
        self._add(key, value, count + 1)
        return value

    def put(self, key, value):
        if key in self.entries:
            self._remove(key)
        elif len(self.entries) >= self.capacity:
            while self.min_count not in self.groups:
                self.min_count += 1
            group = self.groups[self.min_count]
            old = next(iter(group))
            self._remove(old)
        self._add(key, value, 1)
        self.min_count = 1
