def merge_two_lists(list1, list2):
    # Insert each node of list2 into list1, walking from the head every time.
    head = list1
    while list2:
        node, list2 = list2, list2.next
        if head is None or node.val < head.val:
            node.next = head
            head = node
            continue
        cur = head
        while cur.next and cur.next.val <= node.val:
            cur = cur.next
        node.next = cur.next
        cur.next = node
    return head
