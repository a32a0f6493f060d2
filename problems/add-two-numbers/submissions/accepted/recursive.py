# Recursive: one call per digit of the longer number, the carry passed down.
def add_two_numbers(l1, l2, carry=0):
    if l1 is None and l2 is None and carry == 0:
        return None
    total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
    rest = add_two_numbers(l1.next if l1 else None, l2.next if l2 else None, total // 10)
    return ListNode(total % 10, rest)
