def days_until_warmer(temps):
    # Two passes over the cycle; only the first pushes, the second only answers.
    n = len(temps)
    answer = [0] * n
    waiting = []
    for i in range(2 * n):
        t = temps[i % n]
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j
        if i < n:
            waiting.append(i)
    return answer
