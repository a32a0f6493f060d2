def validate(input):
    stones = input["stones"]
    assert 1 <= len(stones) <= 30, f"{len(stones)} stones, outside 1..30"
    assert all(1 <= w <= 1000 for w in stones), "a weight is outside 1..1000"
