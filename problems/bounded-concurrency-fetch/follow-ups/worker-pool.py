import asyncio


async def fetch_all(urls, fetch, limit):
    # limit workers share one queue; each writes its body at the URL's index.
    queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)
    results = [None] * len(urls)

    async def worker():
        while not queue.empty():
            i, url = queue.get_nowait()
            results[i] = await fetch(url)

    await asyncio.gather(*(worker() for _ in range(min(limit, len(urls)))))
    return results
