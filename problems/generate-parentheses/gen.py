def generate(n, rng, kind=None):
    """The input for n pairs, n clamped to 1..8: the constraints admit nothing else, and the
    tests hold every one of the eight inputs. rng is not needed."""
    return {"n": max(1, min(n, 8))}
