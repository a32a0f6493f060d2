"""
# Definition for a Node.
class Node:
    def __init__(self, x: int, next: 'Node' = None, random: 'Node' = None):
        self.val = int(x)
        self.next = next
        self.random = random
"""

# LeetCode-style: one map from each original node to its copy, filled in two passes.
class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        clones = {None: None}
        cur = head
        while cur:
            clones[cur] = Node(cur.val)
            cur = cur.next
        cur = head
        while cur:
            clones[cur].next = clones[cur.next]
            clones[cur].random = clones[cur.random]
            cur = cur.next
        return clones[head]
