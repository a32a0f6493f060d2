def merge_two_lists(list1, list2):
    if not list1 or not list2:
        return list1 or list2
    if list1.val <= list2.val:
        list1.next = merge_two_lists(list1.next, list2)
        return list1
    list2.next = merge_two_lists(list1, list2.next)
    return list2
