# Looks ahead from every day: quadratic on a long fall.
def days_until_warmer(temps):
    answer = [0] * len(temps)
    for i, t in enumerate(temps):
        for j in range(i + 1, len(temps)):
            if temps[j] > t:
                answer[i] = j - i
                break
    return answer
