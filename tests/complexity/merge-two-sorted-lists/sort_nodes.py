# class: O(n)
# problem: merge-two-sorted-lists
# note: sorts all the nodes by value and relinks them; timsort finds the two sorted runs and merges them in one linear pass, so this is not n log n
def merge_two_lists(list1, list2):
    nodes = []
    for head in (list1, list2):
        while head is not None:
            nodes.append(head)
            head = head.next
    nodes.sort(key=lambda node: node.val)
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if not nodes:
        return None
    nodes[-1].next = None
    return nodes[0]
