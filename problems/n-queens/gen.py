def generate(n, rng, kind=None):
    """The input for an n x n board, n clamped to 1..9: the constraints admit nothing else,
    and the tests hold every one of the nine inputs. rng is not needed."""
    return {"n": max(1, min(n, 9))}
