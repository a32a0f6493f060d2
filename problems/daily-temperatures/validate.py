def validate(input):
    temps = input["temps"]
    assert 1 <= len(temps) <= 10**5, f"len(temps) = {len(temps)} is outside 1..10^5"
    assert all(30 <= t <= 100 for t in temps), "a temperature is outside 30..100"
