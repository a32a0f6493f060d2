def merge_two_lists(list1, list2):
    head = tail = None
    while list1 and list2:
        if list1.val <= list2.val:
            node, list1 = list1, list1.next
        else:
            node, list2 = list2, list2.next
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    rest = list1 or list2
    if head is None:
        return rest
    tail.next = rest
    return head
