def validate(input):
    nodes = input["head"]
    assert len(nodes) <= 5 * 10**4, f"{len(nodes)} nodes, over 5 * 10^4"
    for i, node in enumerate(nodes):
        assert isinstance(node, list) and len(node) == 2, f"node {i} is not [value, random index]"
        value, target = node
        assert isinstance(value, int) and not isinstance(value, bool), f"node {i}'s value is not an integer"
        assert -10**4 <= value <= 10**4, f"node {i}'s value is outside -10^4..10^4"
        assert target is None or (
            isinstance(target, int) and not isinstance(target, bool) and 0 <= target < len(nodes)
        ), f"node {i}'s random index is neither null nor the index of a node"
