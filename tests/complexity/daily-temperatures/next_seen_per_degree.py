# class: O(n)
# problem: daily-temperatures
# note: right to left, remembering the next day of each temperature; min() over the warmer ones is at most 70 entries (temperatures are 30..100), so constant per day
def days_until_warmer(temps):
    n = len(temps)
    never = 2 * n + 1
    nxt = [never] * 102
    answer = [0] * n
    for i in range(n - 1, -1, -1):
        t = temps[i]
        soonest = min(nxt[t + 1:101]) if t < 100 else never
        if soonest != never:
            answer[i] = soonest - i
        nxt[t] = i
    return answer
