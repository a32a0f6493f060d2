# Bug: matches every ')' correctly, but at the end only compares how many '(' and stars are
# left, forgetting that a star can close a '(' only if it comes after it: "*(" passes.
def check_valid_string(s):
    opens = stars = 0
    for ch in s:
        if ch == "(":
            opens += 1
        elif ch == "*":
            stars += 1
        elif opens:
            opens -= 1
        elif stars:
            stars -= 1
        else:
            return False
    return opens <= stars
