# class: O(n^2)
# problem: merge-two-sorted-lists
# note: inserts every node of the second list into the first, walking from the head each time
def merge_two_lists(list1, list2):
    head = list1
    while list2 is not None:
        node, list2 = list2, list2.next
        if head is None or node.val < head.val:
            node.next = head
            head = node
            continue
        cur = head
        while cur.next is not None and cur.next.val <= node.val:
            cur = cur.next
        node.next = cur.next
        cur.next = node
    return head
