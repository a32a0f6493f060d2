# Breadth-first over prefixes: extend every prefix that can still be finished, one character
# per round, 2n rounds.
from collections import deque


def generate_parenthesis(n):
    queue = deque([("", 0, 0)])
    for _ in range(2 * n):
        for _ in range(len(queue)):
            s, opened, closed = queue.popleft()
            if opened < n:
                queue.append((s + "(", opened + 1, closed))
            if closed < opened:
                queue.append((s + ")", opened, closed + 1))
    return [s for s, _, _ in queue]
