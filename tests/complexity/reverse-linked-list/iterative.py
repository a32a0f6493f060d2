# class: O(n)
# problem: reverse-linked-list
# note: turns each pointer around in one pass
def reverse_list(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
