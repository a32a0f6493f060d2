def remove_nth_from_end(head, n):
    # Put the nodes in a Python list, drop the one at index len - n, relink the rest.
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    del nodes[len(nodes) - n]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if not nodes:
        return None
    nodes[-1].next = None
    return nodes[0]
