def remove_nth_from_end(head, n):
    # `lead` starts n nodes ahead of `trail`; when `lead` is on the last node, `trail` is
    # just before the node to unlink. One pass, O(1) extra space.
    lead = head
    for _ in range(n):
        lead = lead.next
    if lead is None:
        return head.next
    trail = head
    while lead.next is not None:
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return head
