# Correct but quadratic: for every front node, walks from it to the last node and moves that
# node forward.
def reorder_list(head):
    front = head
    while front and front.next and front.next.next:
        prev, last = front, front.next
        while last.next:
            prev, last = last, last.next
        prev.next = None
        last.next = front.next
        front.next = last
        front = last.next
