# Bug: moves the fast pointer two steps without checking the first one exists.
def has_cycle(head):
    slow = fast = head
    while fast is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
