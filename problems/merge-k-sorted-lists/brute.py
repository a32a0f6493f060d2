def merge_k_lists(lists):
    # Insert every node into one sorted result, walking from its head to the node's place
    # each time: O(N^2) for N nodes, obviously sorted.
    result = None
    for head in lists:
        while head is not None:
            node, head = head, head.next
            if result is None or node.val < result.val:
                node.next = result
                result = node
                continue
            cur = result
            while cur.next is not None and cur.next.val <= node.val:
                cur = cur.next
            node.next = cur.next
            cur.next = node
    return result
