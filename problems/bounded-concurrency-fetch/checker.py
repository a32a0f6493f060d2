def check(input, expected, actual):
    """Values are {"value": [...bodies...], "observed": {"calls", "max_in_flight", "elapsed_ms"}}.
    `expected` comes from the reference (a semaphore over the URLs in order), whose schedule
    is the fastest possible for in-order starts."""
    urls, limit = input["urls"], input["limit"]
    want = ["body:" + u for u in urls]
    value = actual.get("value") if isinstance(actual, dict) else None
    seen = actual.get("observed", {}) if isinstance(actual, dict) else {}
    if not isinstance(value, list):
        return False, "expected a list of bodies"
    if value != want:
        if sorted(map(str, value)) == sorted(want):
            return False, "the bodies are not in the order of urls"
        return False, "the bodies differ from what fetch returned"
    calls = seen.get("calls", 0)
    if calls != len(urls):
        return False, "fetch was called %d times for %d urls" % (calls, len(urls))
    peak = seen.get("max_in_flight", 0)
    if peak > limit:
        return False, "%d fetches were in flight at once; the limit is %d" % (peak, limit)
    if urls and peak < min(limit, len(urls)):
        return False, ("at most %d fetches were in flight at once; the limit allows %d"
                       % (peak, min(limit, len(urls))))
    took, best = seen.get("elapsed_ms", 0.0), expected["observed"]["elapsed_ms"]
    if took > best + 1e-6:
        return False, ("the downloads took %g ms; starting the next URL as soon as a slot frees "
                       "takes %g ms" % (took, best))
    return True, ""
