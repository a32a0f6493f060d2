class TimeMap:
    def __init__(self):
        self.store = {}

    def set(self, key, value, timestamp):
        self.store.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        answer = ""
        for t, v in self.store.get(key, []):
            if t <= timestamp:
                answer = v
        return answer
