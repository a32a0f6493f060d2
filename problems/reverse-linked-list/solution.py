def reverse_list(head):
    # Walk once, turning each `next` pointer around; O(n) time, O(1) extra space.
    prev = None
    node = head
    while node is not None:
        node.next, prev, node = prev, node, node.next
    return prev
