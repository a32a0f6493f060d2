def check(input, expected, actual):
    """Any palindrome of the longest length that appears contiguously in s is right."""
    s = input["s"]
    if not isinstance(actual, str):
        return False, "expected a string"
    if not actual:
        return False, "returned an empty string; a single character is already a palindrome"
    if actual not in s:
        return False, f"the returned string (length {len(actual)}) is not a contiguous part of s"
    if actual != actual[::-1]:
        return False, f"the returned substring (length {len(actual)}) is not a palindrome"
    if len(actual) < len(expected):
        return False, f"the returned palindrome has length {len(actual)}; a longer one of length {len(expected)} exists"
    if len(actual) > len(expected):
        return False, f"the returned palindrome has length {len(actual)}, longer than the reference's {len(expected)}"
    return True, ""
