# Bug: no dummy node and no check for removing the head: when n is the length, `lead` falls
# off the list and `lead.next` raises AttributeError.
def remove_nth_from_end(head, n):
    lead = trail = head
    for _ in range(n):
        lead = lead.next
    while lead.next:
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return head
