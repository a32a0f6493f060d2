# Bug: a "copy" that is the original list itself. Every value and pointer matches, but no new
# node was made.
def copy_random_list(head):
    return head
