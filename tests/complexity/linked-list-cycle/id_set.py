# class: O(n)
# problem: linked-list-cycle
# note: LeetCode style: remembers visited nodes by identity in a set
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head:
            if id(head) in seen:
                return True
            seen.add(id(head))
            head = head.next
        return False
