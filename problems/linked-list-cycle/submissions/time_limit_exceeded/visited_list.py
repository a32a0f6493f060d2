# Correct but quadratic: keeps visited nodes in a list, so each membership test scans it.
def has_cycle(head):
    seen = []
    while head:
        if any(node is head for node in seen):
            return True
        seen.append(head)
        head = head.next
    return False
