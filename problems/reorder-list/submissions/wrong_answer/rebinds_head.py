# Bug: builds the woven order in new nodes and rebinds the local name `head`, so the list the
# caller holds is left exactly as it was.
def reorder_list(head):
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    order = []
    i, j = 0, len(values) - 1
    while i <= j:
        order.append(values[i])
        if i != j:
            order.append(values[j])
        i, j = i + 1, j - 1
    head = None
    for v in reversed(order):
        head = ListNode(v, head)
