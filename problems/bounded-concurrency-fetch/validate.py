def validate(input):
    urls, limit = input["urls"], input["limit"]
    latency = input["fetch"]["latency_ms"]
    assert len(urls) <= 2000, f"{len(urls)} urls, over 2000"
    assert len(set(urls)) == len(urls), "urls repeat"
    assert 1 <= limit <= 100, f"limit {limit} is outside 1..100"
    for url in urls:
        assert url in latency, f"no latency for {url!r}"
        assert 1 <= latency[url] <= 1000, f"latency of {url!r} is outside 1..1000 ms"
