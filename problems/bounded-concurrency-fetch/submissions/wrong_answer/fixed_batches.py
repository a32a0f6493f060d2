# Too slow by design: waits for each whole batch of `limit` before starting the next, so one
# slow request holds up its batch.
import asyncio


async def fetch_all(urls, fetch, limit):
    results = []
    for start in range(0, len(urls), limit):
        batch = urls[start:start + limit]
        results += await asyncio.gather(*(fetch(u) for u in batch))
    return results
