# Bug: compares every car with the top of the stack, including the first, when the stack is
# still empty.
def car_fleet(target, position, speed):
    stack = []
    for p, s in sorted(zip(position, speed), reverse=True):
        t = (target - p) / s
        if t > stack[-1]:
            stack.append(t)
    return len(stack)
