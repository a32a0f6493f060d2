def validate(input):
    stones = input["stones"]
    assert 1 <= len(stones) <= 10**5, f"{len(stones)} stones, outside 1..10^5"
    assert all(1 <= w <= 10**9 for w in stones), "a weight is outside 1..10^9"
