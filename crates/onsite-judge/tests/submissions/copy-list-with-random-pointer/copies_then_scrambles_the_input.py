# expect: wrong_answer
# message: the list given must be left as it was
# A correct deep copy, after which the given list's values are overwritten: the answer alone
# would pass, but the input must come back as it was given.
def copy_random_list(head):
    old_to_new = {None: None}
    node = head
    while node:
        old_to_new[node] = Node(node.val)
        node = node.next
    node = head
    while node:
        old_to_new[node].next = old_to_new[node.next]
        old_to_new[node].random = old_to_new[node.random]
        node = node.next
    node = head
    while node:
        node.val = 0
        node = node.next
    return old_to_new[head]
