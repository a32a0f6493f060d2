def max_area(height):
    top = max(height)
    tops = [i for i, h in enumerate(height) if h == top]
    if len(tops) >= 2:
        return (tops[-1] - tops[0]) * top
    where = tops[0]
    second = max(h for i, h in enumerate(height) if i != where)
    seconds = [i for i, h in enumerate(height) if h == second and i != where]
    return max(abs(i - where) for i in (seconds[0], seconds[-1])) * second
