# Bug: keeps the range of open counts but never lifts `low` back to 0, so a star counted as
# ')' with nothing open drags it negative and a valid string such as "(*)" is rejected.
def check_valid_string(s):
    low = high = 0
    for ch in s:
        if ch == "(":
            low += 1
            high += 1
        elif ch == ")":
            low -= 1
            high -= 1
        else:
            low -= 1
            high += 1
        if high < 0:
            return False
    return low == 0
