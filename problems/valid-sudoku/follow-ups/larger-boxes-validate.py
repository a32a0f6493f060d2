import math


def validate(input):
    board = input["board"]
    side = len(board)
    k = math.isqrt(side)
    assert 2 <= k <= 5 and k * k == side, f"{side} rows: the side must be k * k for k in 2..5"
    allowed = {str(v) for v in range(1, side + 1)} | {"."}
    for r, row in enumerate(board):
        assert len(row) == side, f"row {r} has {len(row)} cells, not {side}"
        for c, cell in enumerate(row):
            assert cell in allowed, f"cell ({r}, {c}) is not a number 1..{side} or '.'"
