# Bug: copies in a single pass and looks up the random target's copy in the map as it goes,
# but a target further down the list has not been copied yet, so forward pointers become None.
def copy_random_list(head):
    seen = {}
    dummy = Node(0)
    tail = dummy
    node = head
    while node:
        twin = Node(node.val)
        seen[node] = twin
        twin.random = seen.get(node.random)
        tail.next = twin
        tail = twin
        node = node.next
    return dummy.next
