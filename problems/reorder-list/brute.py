def reorder_list(head):
    # After each node of the front, detach the current last node and splice it in: walk to
    # the end of the list every time. O(n^2), obviously the woven order.
    node = head
    while node is not None and node.next is not None and node.next.next is not None:
        before_last = node
        while before_last.next.next is not None:
            before_last = before_last.next
        last = before_last.next
        before_last.next = None
        last.next = node.next
        node.next = last
        node = last.next
