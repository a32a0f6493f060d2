# LeetCode-style recursion with Optional[ListNode] hints and no imports; it recurses once per
# node, which the judge allows for the declared list length.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        head.next = None
        return new_head
