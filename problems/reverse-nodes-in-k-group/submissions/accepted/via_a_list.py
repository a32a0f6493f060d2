def reverse_k_group(head, k):
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    for i in range(0, len(nodes) - len(nodes) % k, k):
        nodes[i:i + k] = nodes[i:i + k][::-1]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if nodes:
        nodes[-1].next = None
    return nodes[0] if nodes else None
