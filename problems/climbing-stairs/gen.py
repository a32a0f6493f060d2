def generate(n, rng, kind=None):
    """The input for a staircase of n steps, n clamped to 1..45: the constraints admit nothing
    else, and the tests hold every one of the 45 inputs. rng is not needed."""
    return {"n": max(1, min(n, 45))}
