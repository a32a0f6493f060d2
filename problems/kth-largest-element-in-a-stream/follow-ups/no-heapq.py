class KthLargest:
    # A binary min-heap in a list, written out: the parent of i is (i - 1) // 2, its children
    # 2i + 1 and 2i + 2. It holds the k largest values; the root is the answer.
    def __init__(self, k, nums):
        self.k = k
        self.heap = []
        for x in nums:
            self.add(x)

    def _sift_up(self, i):
        heap = self.heap
        while i > 0:
            parent = (i - 1) // 2
            if heap[parent] <= heap[i]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent

    def _sift_down(self, i):
        heap, n = self.heap, len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and heap[child] < heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            heap[smallest], heap[i] = heap[i], heap[smallest]
            i = smallest

    def add(self, val):
        if len(self.heap) < self.k:
            self.heap.append(val)
            self._sift_up(len(self.heap) - 1)
        elif val > self.heap[0]:
            self.heap[0] = val
            self._sift_down(0)
        return self.heap[0]
