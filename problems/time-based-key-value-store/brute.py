class TimeMap:
    def __init__(self):
        self.versions = []

    def set(self, key, value, timestamp):
        self.versions.append((key, timestamp, value))

    def get(self, key, timestamp):
        best, answer = -1, ""
        for k, t, v in self.versions:
            if k == key and best < t <= timestamp:
                best, answer = t, v
        return answer
