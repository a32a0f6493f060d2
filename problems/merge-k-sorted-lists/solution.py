import heapq


def merge_k_lists(lists):
    # A min-heap holds the current head of every non-empty list; the list's index breaks ties
    # so that nodes are never compared. O(N log k) time, O(k) extra space.
    heap = [(node.val, i, node) for i, node in enumerate(lists) if node is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heap[0]
        if node.next is not None:
            heapq.heapreplace(heap, (node.next.val, i, node.next))
        else:
            heapq.heappop(heap)
        tail.next = node
        tail = node
    return dummy.next
