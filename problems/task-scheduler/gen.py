def generate(n, rng, kind="random"):
    """n tasks (at least 1). kind "random": letters from the first 1..26 of the alphabet, the
    cooldown anywhere in 0..100 or small; "spread": all 26 letters about equally often with a
    cooldown of 0..3, so nothing idles and the schedule is n intervals long; "one": one letter
    only, cooldown 100, the longest schedule; "ties": a few letters share the top count."""
    size = max(1, n)
    letters = [chr(ord("A") + i) for i in range(26)]
    if kind == "one":
        return {"tasks": [rng.choice(letters)] * size, "n": 100}
    if kind == "spread":
        tasks = [letters[i % 26] for i in range(size)]
        rng.shuffle(tasks)
        return {"tasks": tasks, "n": rng.randint(0, 3)}
    if kind == "ties":
        top = rng.sample(letters, rng.randint(2, 5))
        per = max(1, size // (2 * len(top)))
        tasks = [t for t in top for _ in range(per)]
        rest = [x for x in letters if x not in top]
        tasks += [rng.choice(rest) for _ in range(max(0, size - len(tasks)))]
        tasks = tasks[:size] if len(tasks) > size else tasks
        rng.shuffle(tasks)
        return {"tasks": tasks, "n": rng.randint(0, 100)}
    pool = letters[: rng.randint(1, 26)]
    cooldown = rng.randint(0, 100) if rng.random() < 0.5 else rng.randint(0, 4)
    return {"tasks": [rng.choice(pool) for _ in range(size)], "n": cooldown}
