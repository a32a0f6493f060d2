# Bug: trusts the edge count alone. n - 1 edges can still hide a cycle next to a piece that is
# cut off.
def valid_tree(n, edges):
    return len(edges) == n - 1
