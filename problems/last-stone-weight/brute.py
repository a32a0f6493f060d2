def last_stone_weight(stones):
    # Play the game as written: find and remove the heaviest stone twice, put back the
    # difference. O(n) per round, O(n^2) in all.
    pile = list(stones)
    while len(pile) > 1:
        y = max(pile)
        pile.remove(y)
        x = max(pile)
        pile.remove(x)
        if y != x:
            pile.append(y - x)
    return pile[0] if pile else 0
