def generate(n, rng, kind="random"):
    """n distinct increasing values in -9999..9999. kind "random": the target is one of them half
    the time, else any value in range (usually absent); "above": the target is larger than every
    value, so a scan from the left reads the whole list before it can answer -1."""
    n = max(1, min(n, 19999))
    nums = sorted(rng.sample(range(-9999, 10000), n))
    if kind == "above":
        if nums[-1] == 9999:
            nums = [x - 1 for x in nums] if nums[0] > -9999 else nums[:-1]
        return {"nums": nums, "target": rng.randint(nums[-1] + 1, 9999)}
    target = rng.choice(nums) if rng.random() < 0.5 else rng.randint(-9999, 9999)
    return {"nums": nums, "target": target}
