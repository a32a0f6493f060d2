# Bug: the middle search reads fast.next.next without checking fast.next, which is None at the
# end of an odd-length list, so it raises AttributeError there.
def reorder_list(head):
    slow = fast = head
    while fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    prev, node = None, slow.next
    slow.next = None
    while node:
        node.next, prev, node = prev, node, node.next
    first, second = head, prev
    while second:
        first.next, second.next, first, second = second, first.next, first.next, second.next
