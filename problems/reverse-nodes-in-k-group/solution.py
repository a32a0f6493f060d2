class _Before:
    __slots__ = ("next",)

    def __init__(self, node):
        self.next = node


def reverse_k_group(head, k):
    dummy = _Before(head)
    before = dummy
    while True:
        # Is there a whole group after `before`?
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                return dummy.next
        first, after = before.next, probe.next
        prev, node = after, first
        while node is not after:
            node.next, prev, node = prev, node, node.next
        before.next = prev
        before = first
