def validate(input):
    gas, cost = input["gas"], input["cost"]
    assert 1 <= len(gas) <= 10**5, f"len(gas) = {len(gas)} is outside 1..10^5"
    assert len(gas) == len(cost), "gas and cost differ in length"
    assert all(0 <= x <= 10**4 for x in gas + cost), "an amount is outside 0..10^4"
