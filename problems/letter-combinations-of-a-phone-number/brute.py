from string import ascii_lowercase


def letter_combinations(digits):
    # Give each letter its key by walking the keypad (3 letters a key, 4 on keys 7 and 9), then
    # try every letter at every position and keep those whose key is the digit there.
    key_of, letters = {}, iter(ascii_lowercase)
    for key in range(2, 10):
        for _ in range(4 if key in (7, 9) else 3):
            key_of[next(letters)] = str(key)
    found = [""] if digits else []
    for d in digits:
        found = [s + ch for s in found for ch in ascii_lowercase if key_of[ch] == d]
    return found
