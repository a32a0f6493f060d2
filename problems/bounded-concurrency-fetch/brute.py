import asyncio


async def fetch_all(urls, fetch, limit):
    # `limit` workers pull the next index from a shared queue.
    results = [None] * len(urls)
    queue = asyncio.Queue()
    for i in range(len(urls)):
        queue.put_nowait(i)

    async def worker():
        while not queue.empty():
            i = queue.get_nowait()
            results[i] = await fetch(urls[i])

    await asyncio.gather(*(worker() for _ in range(min(limit, len(urls)))))
    return results
