# Bug: remembers copies by value instead of by node, so two nodes with the same value share one
# copy's slot and random pointers land on the wrong node.
def copy_random_list(head):
    by_value = {}
    dummy = Node(0)
    tail = dummy
    node = head
    while node:
        tail.next = Node(node.val)
        tail = tail.next
        by_value[node.val] = tail
        node = node.next
    node, twin = head, dummy.next
    while node:
        if node.random:
            twin.random = by_value[node.random.val]
        node, twin = node.next, twin.next
    return dummy.next
