def reorder_list(head):
    # Cut after the middle, reverse the second half, then weave the halves together.
    # O(n) time, O(1) extra space; the nodes are relinked, never copied.
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    prev, node = None, slow.next
    slow.next = None
    while node is not None:
        node.next, prev, node = prev, node, node.next
    first, second = head, prev
    while second is not None:
        after_first, after_second = first.next, second.next
        first.next = second
        second.next = after_first
        first, second = after_first, after_second
