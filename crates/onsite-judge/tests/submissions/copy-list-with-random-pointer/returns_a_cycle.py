# expect: wrong_answer
# message: cycle
# Returns a list whose last node links back to its first: the judge reads it without looping.
def copy_random_list(head):
    if head is None:
        return None
    first = Node(head.val)
    first.next = first
    return first
