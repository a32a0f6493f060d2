# expect: wrong_answer
# message: the returned linked list has a cycle
# A node pointing at itself: the shortest cycle.
def reverse_list(head):
    if head is not None:
        head.next = head
    return head
