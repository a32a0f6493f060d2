# Two stacks of positions: unmatched '(' and unused stars. A ')' closes the latest '(' if there
# is one, else uses a star as '('. At the end each leftover '(' needs a star *after* it to
# close it; pairing the latest '(' with the latest star checks that.
def check_valid_string(s):
    opens, stars = [], []
    for i, ch in enumerate(s):
        if ch == "(":
            opens.append(i)
        elif ch == "*":
            stars.append(i)
        elif opens:
            opens.pop()
        elif stars:
            stars.pop()
        else:
            return False
    while opens:
        if not stars or stars[-1] < opens[-1]:
            return False
        opens.pop()
        stars.pop()
    return True
