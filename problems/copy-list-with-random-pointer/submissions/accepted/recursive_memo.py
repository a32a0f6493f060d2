# Recursive: copy a node once (memoised by identity), then its next and random. The recursion
# follows `next`, one frame per node, which 1000 nodes allow.
def copy_random_list(head):
    made = {}

    def clone(node):
        if node is None:
            return None
        if node in made:
            return made[node]
        twin = Node(node.val)
        made[node] = twin
        twin.next = clone(node.next)
        twin.random = clone(node.random)
        return twin

    return clone(head)
