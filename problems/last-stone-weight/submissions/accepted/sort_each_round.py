# Sorts the pile every round and smashes the last two: fine for 30 stones.
def last_stone_weight(stones):
    pile = list(stones)
    while len(pile) > 1:
        pile.sort()
        y, x = pile.pop(), pile.pop()
        if y > x:
            pile.append(y - x)
    return pile[0] if pile else 0
