# Bug: splits the list at zeros and scans each piece, but never considers 0 itself, so
# [-1, 0, -5] gives -1.
def max_product(nums):
    best = None
    pieces, piece = [], []
    for x in nums:
        if x == 0:
            pieces.append(piece)
            piece = []
        else:
            piece.append(x)
    pieces.append(piece)
    for piece in pieces:
        if not piece:
            continue
        high = low = piece[0]
        top = high
        for x in piece[1:]:
            if x < 0:
                high, low = low, high
            high, low = max(x, high * x), min(x, low * x)
            top = max(top, high)
        best = top if best is None else max(best, top)
    return best if best is not None else 0
