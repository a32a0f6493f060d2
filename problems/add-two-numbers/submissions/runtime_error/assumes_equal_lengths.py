# Bug: walks both lists in step as if they had the same length, so the shorter one runs out
# and `None.val` raises AttributeError.
def add_two_numbers(l1, l2):
    dummy = tail = ListNode()
    carry = 0
    while l1 or l2 or carry:
        total = carry + (l1.val if l1 or l2 else 0) + (l2.val if l1 or l2 else 0)
        carry = total // 10
        tail.next = ListNode(total % 10)
        tail = tail.next
        if l1 or l2:
            l1, l2 = l1.next, l2.next
    return dummy.next
