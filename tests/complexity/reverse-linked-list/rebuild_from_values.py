# class: O(n)
# problem: reverse-linked-list
# note: collects the values, then builds a new list
def reverse_list(head):
    values = []
    while head:
        values.append(head.val)
        head = head.next
    out = None
    for v in values:
        out = ListNode(v, out)
    return out
