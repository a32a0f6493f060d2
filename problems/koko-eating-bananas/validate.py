def validate(input):
    piles, h = input["piles"], input["h"]
    assert 1 <= len(piles) <= 10**4, f"{len(piles)} piles is outside 1..10^4"
    assert all(1 <= p <= 10**9 for p in piles), "a pile is outside 1..10^9"
    assert len(piles) <= h <= 10**9, f"h = {h} is outside len(piles)..10^9"
