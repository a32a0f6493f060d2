# class: O(n)
# problem: reverse-linked-list
# note: recursion to the tail, turning each pointer around on the way back (n frames deep)
def reverse_list(head):
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
