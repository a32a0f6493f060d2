# class: O(n^2)
# problem: reverse-linked-list
# note: C-speed quadratic: list.insert(0, node) for every node, each shifting the whole list (n²/2 pointer moves in all, which outgrow the Python-level loop from a few thousand nodes)
def reverse_list(head):
    nodes = []
    while head is not None:
        nodes.insert(0, head)
        head = head.next
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes:
        nodes[-1].next = None
        return nodes[0]
    return None
