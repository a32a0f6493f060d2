def add_two_numbers(l1, l2):
    # Push the digits of each number on a stack, then add from the tops (the units digits),
    # putting each new digit in front of the answer.
    def digits(node):
        out = []
        while node is not None:
            out.append(node.val)
            node = node.next
        return out

    a, b = digits(l1), digits(l2)
    head = None
    carry = 0
    while a or b or carry:
        total = carry + (a.pop() if a else 0) + (b.pop() if b else 0)
        carry, digit = divmod(total, 10)
        head = ListNode(digit, head)
    return head
