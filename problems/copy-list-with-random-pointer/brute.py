def copy_random_list(head):
    # Write the list down as plain data, then build a new list from that data alone: nothing
    # of the old list can leak into the new one.
    # 1. Number the nodes in list order.
    old_nodes = []
    position = {}
    node = head
    while node is not None:
        position[id(node)] = len(old_nodes)
        old_nodes.append(node)
        node = node.next
    # 2. Each node as (value, index of its random target or None).
    rows = []
    for node in old_nodes:
        target = None if node.random is None else position[id(node.random)]
        rows.append((node.val, target))
    # 3. Fresh nodes from the rows: values first, then the links by index.
    fresh = [Node(value) for value, _ in rows]
    for i, (_, target) in enumerate(rows):
        if i + 1 < len(fresh):
            fresh[i].next = fresh[i + 1]
        if target is not None:
            fresh[i].random = fresh[target]
    return fresh[0] if fresh else None
