def validate(input):
    iterable, size = input["iterable"], input["size"]
    assert -10**3 <= size <= 10**5, f"size {size} is outside -10^3..10^5"
    if "items" in iterable:
        assert len(iterable["items"]) <= 10**5, f"{len(iterable['items'])} items, over 10^5"
