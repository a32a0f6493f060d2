# Bug: a ')' with no '(' waiting pops the star stack without checking that it holds anything,
# so a string that starts with ')' raises IndexError instead of returning False.
def check_valid_string(s):
    opens, stars = [], []
    for i, ch in enumerate(s):
        if ch == "(":
            opens.append(i)
        elif ch == "*":
            stars.append(i)
        elif opens:
            opens.pop()
        else:
            stars.pop()
    while opens and stars:
        if stars.pop() < opens.pop():
            return False
    return not opens
