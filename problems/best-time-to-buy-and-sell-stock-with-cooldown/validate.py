def validate(input):
    prices = input["prices"]
    assert isinstance(prices, list), "prices is not a list"
    assert 1 <= len(prices) <= 10**5, f"len(prices) = {len(prices)} is outside 1..10^5"
    assert all(isinstance(p, int) and 0 <= p <= 10**4 for p in prices), "a price is outside 0..10^4"
