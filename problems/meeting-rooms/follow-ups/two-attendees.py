def can_attend_meetings(intervals):
    # Two people can cover the meetings exactly when no moment has three running at once.
    # Sweep the starts and ends in time order, ends first at equal times (a meeting ending
    # at t frees its person for one starting at t).
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    running = 0
    for _, step in events:
        running += step
        if running > 2:
            return False
    return True
