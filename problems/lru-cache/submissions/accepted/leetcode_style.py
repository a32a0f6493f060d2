# LeetCode-style: a dict plus a doubly linked list with sentinels; typing hints, no imports.
class Node:
    def __init__(self, key: int = 0, value: int = 0):
        self.key, self.value = key, value
        self.prev: Optional["Node"] = None
        self.next: Optional["Node"] = None


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.map: Dict[int, Node] = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node: Node) -> None:
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_back(self, node: Node) -> None:
        node.prev, node.next = self.tail.prev, self.tail
        self.tail.prev.next = node
        self.tail.prev = node

    def get(self, key: int) -> int:
        node = self.map.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_back(node)
        return node.value

    def put(self, key: int, value: int) -> None:
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            node = self.map[key] = Node(key, value)
            if len(self.map) > self.capacity:
                oldest = self.head.next
                self._unlink(oldest)
                del self.map[oldest.key]
        self._push_back(node)
