# class: O(n^2)
# problem: daily-temperatures
# note: C-speed quadratic: copies the rest of the list (n - i items) for every day before scanning it
def days_until_warmer(temps):
    answer = []
    for i, t in enumerate(temps):
        rest = temps[i + 1:]
        wait = 0
        for k, u in enumerate(rest):
            if u > t:
                wait = k + 1
                break
        answer.append(wait)
    return answer
