def reverse_list(head):
    # Collect the values, then write them back in reverse order.
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    node = head
    while node:
        node.val = values.pop()
        node = node.next
    return head
