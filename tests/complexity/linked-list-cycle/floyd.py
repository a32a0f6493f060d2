# class: O(n)
# problem: linked-list-cycle
# note: slow and fast pointers
def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
