def validate(input):
    hand, group_size = input["hand"], input["group_size"]
    assert isinstance(hand, list), "hand is not a list"
    assert 1 <= len(hand) <= 10**5, f"len(hand) = {len(hand)} is outside 1..10^5"
    assert all(isinstance(x, int) and not isinstance(x, bool) for x in hand), "a card is not an integer"
    assert all(0 <= x <= 10**9 for x in hand), "a card is outside 0..10^9"
    assert isinstance(group_size, int) and not isinstance(group_size, bool), "group_size is not an integer"
    assert 1 <= group_size <= len(hand), f"group_size = {group_size} is outside 1..len(hand)"
