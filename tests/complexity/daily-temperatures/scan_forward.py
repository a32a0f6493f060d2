# class: O(n^2)
# problem: daily-temperatures
# note: scans forward from every day; a day at 100 (1 in 71 here) never finds a warmer one and scans to the end
def days_until_warmer(temps):
    n = len(temps)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temps[j] > temps[i]:
                answer[i] = j - i
                break
    return answer
