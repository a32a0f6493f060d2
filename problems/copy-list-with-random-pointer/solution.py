def copy_random_list(head):
    # Two passes over the list. The first makes a fresh node for every old one and records it
    # in a map from old node to new; the second wires each new node's `next` and `random`
    # through that map. `None` maps to itself, so the ends of the list and absent random
    # pointers need no special case. O(n) time, O(n) extra space for the map.
    copy_of = {None: None}
    node = head
    while node is not None:
        copy_of[node] = Node(node.val)
        node = node.next
    node = head
    while node is not None:
        twin = copy_of[node]
        twin.next = copy_of[node.next]
        twin.random = copy_of[node.random]
        node = node.next
    return copy_of[head]
