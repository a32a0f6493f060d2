def add_two_numbers(l1, l2):
    # Schoolbook addition from the units digit up, carrying into the next step.
    head = tail = None
    carry = 0
    while l1 is not None or l2 is not None or carry:
        total = carry
        if l1 is not None:
            total += l1.val
            l1 = l1.next
        if l2 is not None:
            total += l2.val
            l2 = l2.next
        carry, digit = divmod(total, 10)
        node = ListNode(digit)
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head
