# The nodes in a deque; take from the left and the right in turn.
from collections import deque


def reorder_list(head):
    nodes = deque()
    node = head
    while node:
        nodes.append(node)
        node = node.next
    tail = nodes.popleft()
    from_back = True
    while nodes:
        tail.next = nodes.pop() if from_back else nodes.popleft()
        tail = tail.next
        from_back = not from_back
    tail.next = None
