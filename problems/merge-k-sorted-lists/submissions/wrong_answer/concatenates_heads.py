# Bug: merges with a heap of the first nodes only and then appends each list's rest whole,
# as if every list held a single node.
def merge_k_lists(lists):
    heads = sorted((node for node in lists if node), key=lambda node: node.val)
    dummy = tail = ListNode()
    for node in heads:
        tail.next = node
        while tail.next:
            tail = tail.next
    return dummy.next
