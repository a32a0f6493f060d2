class Solution:
    def merge(self, intervals):
        intervals.sort(key=lambda iv: iv[0])
        out = [intervals[0][:]]
        for s, e in intervals[1:]:
            if s <= out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return out
