def copy_random_list(head):
    # Interleaving: put each copy right after its original (A -> A' -> B -> B' -> ...), so the
    # copy of any node X is X.next and no map is needed. O(n) time, O(1) extra space beyond the
    # copy itself; the original list is restored before returning.
    if head is None:
        return None
    # 1. Weave a copy after every node.
    node = head
    while node is not None:
        node.next = Node(node.val, node.next)
        node = node.next.next
    # 2. A copy's random is the copy of the original's random: that node's next.
    node = head
    while node is not None:
        if node.random is not None:
            node.next.random = node.random.next
        node = node.next.next
    # 3. Unweave: restore the original links and chain the copies together.
    copy_head = head.next
    node = head
    while node is not None:
        twin = node.next
        node.next = twin.next
        twin.next = node.next.next if node.next is not None else None
        node = node.next
    return copy_head
