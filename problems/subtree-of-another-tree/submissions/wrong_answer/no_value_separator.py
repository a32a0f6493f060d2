# Bug: serialises without a marker before each value, so "2,#,#" is found inside "12,#,#".
def is_subtree(root, subRoot):
    def serialise(node):
        if node is None:
            return "#"
        return f"{node.val},{serialise(node.left)},{serialise(node.right)}"

    return serialise(subRoot) in serialise(root)
