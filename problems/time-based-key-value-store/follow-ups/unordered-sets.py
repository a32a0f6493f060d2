from bisect import bisect_right, insort


class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key, value, timestamp):
        insort(self.versions.setdefault(key, []), (timestamp, value))

    def get(self, key, timestamp):
        versions = self.versions.get(key)
        if not versions:
            return ""
        # (timestamp, chr(0x10FFFF)) sorts after every version at that timestamp.
        i = bisect_right(versions, (timestamp, chr(0x10FFFF)))
        return versions[i - 1][1] if i else ""
