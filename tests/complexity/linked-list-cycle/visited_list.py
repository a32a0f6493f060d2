# class: O(n^2)
# problem: linked-list-cycle
# note: remembers visited node ids in a list and searches it
def has_cycle(head):
    visited = []
    node = head
    while node is not None:
        if id(node) in visited:
            return True
        visited.append(id(node))
        node = node.next
    return False
