# Bug: the map has no entry for None, so the last node's `next` (and any random pointer that is
# None) raises KeyError.
def copy_random_list(head):
    copies = {}
    node = head
    while node:
        copies[node] = Node(node.val)
        node = node.next
    node = head
    while node:
        copies[node].next = copies[node.next]
        copies[node].random = copies[node.random]
        node = node.next
    return copies.get(head)
