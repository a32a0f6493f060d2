# Bug: keeps the tree in a module-level dict instead of encoding it. deserialize runs in a
# fresh process where the dict is empty, so the look-up raises KeyError.
_trees = {}


class Codec:
    def serialize(self, root):
        key = "tree-%d" % id(root)
        _trees[key] = root
        return key

    def deserialize(self, data):
        return _trees[data]
