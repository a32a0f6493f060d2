def merge_two_lists(list1, list2):
    result = None
    while list1 or list2:
        if list2 is None or (list1 is not None and list1.val <= list2.val):
            node, list1 = list1, list1.next
        else:
            node, list2 = list2, list2.next
        node.next = result
        result = node
    return result
