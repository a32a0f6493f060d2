# Correct but quadratic: undoes the rotation one step at a time, copying the list each time.
def search(nums, target):
    arr = list(nums)
    shift = 0
    while arr[0] > arr[-1]:
        arr = arr[1:] + arr[:1]
        shift += 1
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return (mid + shift) % len(arr)
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
