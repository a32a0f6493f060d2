def reorder_list(head):
    # In the woven list the even positions hold L0, L1, ... in order and the odd positions hold
    # Ln, Ln-1, ... backwards: split them apart, reverse the odd ones, append them to the even.
    evens, odds_head = head, head.next
    odds = odds_head
    while odds is not None and odds.next is not None:
        evens.next = odds.next
        evens = evens.next
        odds.next = evens.next
        odds = odds.next
    prev, node = None, odds_head
    while node is not None:
        node.next, prev, node = prev, node, node.next
    evens.next = prev
