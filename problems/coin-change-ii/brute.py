def change(amount, coins):
    # For each coin in turn, try every count of it that fits, remembering nothing: the work
    # grows with the number of combinations itself.
    def count(i, rest):
        if rest == 0:
            return 1
        if i == len(coins):
            return 0
        total = 0
        used = 0
        while used <= rest:
            total += count(i + 1, rest - used)
            used += coins[i]
        return total

    return count(0, amount)
