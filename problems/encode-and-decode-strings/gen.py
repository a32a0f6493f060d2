LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "
DIGITS = "0123456789"
# Characters a hand-made format is tempted to use as a separator, escape, quote or terminator.
DELIMS = "#,;:|/\\\"'[]{}()-_.=*%@!?~`^&$ \t\n\r\x00\x01\x1e\x1f\x7f"
# Beyond ASCII: Latin-1, Cyrillic, CJK, right-to-left, a combining accent, invisible and
# special code points, and characters outside the Basic Multilingual Plane.
BMP = "éßñüøÆЖжя中文字日本語가한ااعבשׁ\u0301\u00a0\u200b\u200d\u2028\ufeff\ufffd\uffff"
ASTRAL = "😀🎉👍🏽🇫🇷𝄞𝔸🀄\U0001f9d1\U00020000\U0010ffff\U0001f600"
MIXED = LETTERS + DIGITS + DELIMS + BMP + ASTRAL
UNICODE = BMP + ASTRAL

# The largest string and the largest list of the problem.
MAX_LEN = 200
# The follow-up's total length.
GIANT_TOTAL = 10**6


def _any_char(rng):
    """Any code point but a surrogate."""
    while True:
        c = rng.randrange(0x110000)
        if not 0xD800 <= c <= 0xDFFF:
            return chr(c)


def _text(rng, length, pool):
    if pool is None:
        return "".join(_any_char(rng) for _ in range(length))
    return "".join(rng.choices(pool, k=length))


def _encoded_looking(rng):
    """A string that reads like a length-prefixed encoding: "3#abc", "12#", "0#0#"."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        s = _text(rng, rng.randint(0, 12), DIGITS + "#" + LETTERS)
        parts.append(str(len(s) + rng.choice((0, 0, 1, -1, 10))) + "#" + s)
    return "".join(parts)[:MAX_LEN]


def _random_string(rng):
    style = rng.random()
    if style < 0.1:
        return ""
    length = rng.choice((rng.randint(1, 5), rng.randint(1, 20), rng.randint(0, MAX_LEN)))
    if style < 0.3:
        return _text(rng, length, LETTERS + DIGITS)
    if style < 0.5:
        return _text(rng, length, DIGITS + DELIMS)
    if style < 0.6:
        return _encoded_looking(rng)
    if style < 0.75:
        return _text(rng, length, UNICODE)
    if style < 0.9:
        return _text(rng, length, MIXED)
    return _text(rng, length, None)


def generate(n, rng, kind="random"):
    """A list of n strings. kind:
      random   lengths 0..200 (mostly short), each string from one alphabet: letters and
               digits, digits and separator-like characters, text that reads like a
               length-prefixed encoding, non-ASCII, all of these mixed, or any code point
      long     every string 200 characters, all alphabets mixed (the problem's largest inputs)
      delims   only digits and separator-like characters, lengths 0..200
      encoded  every string reads like a length-prefixed encoding ("3#abc12#")
      unicode  only non-ASCII characters, many outside the Basic Multilingual Plane
      empty    n empty strings
      same     one string n times
      large    at most 18 characters a string and 10 * n in all (the follow-up's 10^5 strings
               make 10^6 characters)
      giant    10^6 characters shared evenly by the n strings (the follow-up only: n = 1 is a
               single string of 10^6 characters)"""
    if kind == "long":
        strs = [_text(rng, MAX_LEN, MIXED) for _ in range(n)]
    elif kind == "delims":
        strs = [_text(rng, rng.randint(0, MAX_LEN), DIGITS + DELIMS) for _ in range(n)]
    elif kind == "encoded":
        strs = [_encoded_looking(rng) for _ in range(n)]
    elif kind == "unicode":
        strs = [_text(rng, rng.randint(0, MAX_LEN), UNICODE) for _ in range(n)]
    elif kind == "empty":
        strs = [""] * n
    elif kind == "same":
        strs = [_random_string(rng)] * n
    elif kind == "large":
        budget = 10 * n
        strs = []
        for _ in range(n):
            s = _text(rng, min(budget, rng.randint(0, 18)), MIXED)
            budget -= len(s)
            strs.append(s)
    elif kind == "giant":
        each = GIANT_TOTAL // max(n, 1)
        strs = [_text(rng, each, MIXED) for _ in range(n)]
    elif kind == "random":
        strs = [_random_string(rng) for _ in range(n)]
    else:
        raise ValueError("unknown kind %r" % (kind,))
    return {"strs": strs}
