def validate(input):
    coins, amount = input["coins"], input["amount"]
    assert 1 <= len(coins) <= 12, f"len(coins) = {len(coins)} is outside 1..12"
    assert all(1 <= c <= 2**31 - 1 for c in coins), "a coin is outside 1..2^31-1"
    assert len(set(coins)) == len(coins), "coin values repeat"
    assert 0 <= amount <= 10**4, f"amount {amount} is outside 0..10^4"
