# Bug: weaves each copy in after its original and wires the random pointers, then walks the
# copies out by skipping every other node, but never restores the originals' `next`: the list
# it was given now runs through the copies.
def copy_random_list(head):
    if not head:
        return None
    cur = head
    while cur:
        cur.next = Node(cur.val, cur.next)
        cur = cur.next.next
    cur = head
    while cur:
        if cur.random:
            cur.next.random = cur.random.next
        cur = cur.next.next
    new_head = head.next
    copy = new_head
    while copy.next:
        copy.next = copy.next.next
        copy = copy.next
    return new_head
