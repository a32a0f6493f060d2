def validate(input):
    target, position, speed = input["target"], input["position"], input["speed"]
    assert 1 <= len(position) <= 10**5, f"{len(position)} cars is outside 1..10^5"
    assert len(speed) == len(position), "position and speed differ in length"
    assert 0 < target <= 10**6, f"target {target} is outside 1..10^6"
    assert all(0 <= p < target for p in position), "a position is outside 0..target - 1"
    assert len(set(position)) == len(position), "two cars start at the same position"
    assert all(0 < s <= 10**6 for s in speed), "a speed is outside 1..10^6"
