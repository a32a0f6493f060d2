# class: O(n)
# problem: reverse-nodes-in-k-group
# note: puts the nodes in a list, reverses each whole chunk of k in place, relinks
def reverse_k_group(head, k):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    for start in range(0, len(nodes) - k + 1, k):
        nodes[start:start + k] = nodes[start:start + k][::-1]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if not nodes:
        return None
    nodes[-1].next = None
    return nodes[0]
