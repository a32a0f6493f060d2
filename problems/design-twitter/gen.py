def generate(n, rng, kind="random"):
    """The constructor and n - 1 calls (n at most 3 * 10^4 + 1; at most 10^4 + 1 posts, since
    tweet ids are distinct in 0..10^4). kind "random": users from a small pool (2 to 8, or up to
    500), posts, follows, unfollows (of users not followed too) and feeds
    mixed; "busy": five users who all follow each other, then posts and feeds alternating, so a
    feed that sorts every tweet it may show costs the whole history every time."""
    n = max(1, min(n, 3 * 10**4 + 1))
    ids = rng.sample(range(10**4 + 1), min(n, 10**4 + 1))
    ops, args = ["Twitter"], [[]]
    if kind == "busy":
        for a in range(1, 6):
            for b in range(1, 6):
                if a != b and len(ops) < n:
                    ops.append("follow")
                    args.append([a, b])
        while len(ops) < n:
            if ids and len(ops) % 2 == 0:
                ops.append("post_tweet")
                args.append([rng.randint(1, 5), ids.pop()])
            else:
                ops.append("get_news_feed")
                args.append([rng.randint(1, 5)])
        return {"operations": ops, "arguments": args}
    users = rng.choice([2, 3, 5, 8, 500])
    while len(ops) < n:
        r = rng.random()
        a, b = rng.sample(range(1, users + 1), 2)
        if r < 0.4 and ids:
            ops.append("post_tweet")
            args.append([a, ids.pop()])
        elif r < 0.6:
            ops.append("follow")
            args.append([a, b])
        elif r < 0.7:
            ops.append("unfollow")
            args.append([a, b])
        else:
            ops.append("get_news_feed")
            args.append([a])
    return {"operations": ops, "arguments": args}
