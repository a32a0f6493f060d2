# Bug: copies values and `next` like an ordinary list and never sets `random`.
def copy_random_list(head):
    dummy = Node(0)
    tail = dummy
    while head:
        tail.next = Node(head.val)
        tail = tail.next
        head = head.next
    return dummy.next
