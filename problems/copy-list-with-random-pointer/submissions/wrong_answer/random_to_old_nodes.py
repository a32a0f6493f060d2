# Bug: copies the nodes and their `next` links, but takes `random` straight from the original,
# so the copy's random pointers lead back into the old list.
def copy_random_list(head):
    dummy = Node(0)
    tail = dummy
    node = head
    while node:
        tail.next = Node(node.val, None, node.random)
        tail = tail.next
        node = node.next
    return dummy.next
