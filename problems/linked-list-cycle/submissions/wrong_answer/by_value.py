# Bug: remembers values instead of nodes, so a repeated value looks like a cycle.
def has_cycle(head):
    seen = set()
    while head:
        if head.val in seen:
            return True
        seen.add(head.val)
        head = head.next
    return False
