def add_two_numbers(l1, l2):
    # Read both numbers into Python integers, add, and write the digits of the sum back out.
    def value(node):
        digits = []
        while node is not None:
            digits.append(str(node.val))
            node = node.next
        return int("".join(reversed(digits)))

    head = None
    for ch in str(value(l1) + value(l2)):
        head = ListNode(int(ch), head)
    return head
