# Polls for a free slot in a loop without ever awaiting, so the event loop never runs the
# fetches it started and the CPU spins.
import asyncio


async def fetch_all(urls, fetch, limit):
    results = [None] * len(urls)
    running = set()

    async def one(i):
        results[i] = await fetch(urls[i])

    for i in range(len(urls)):
        while len([t for t in running if not t.done()]) >= limit:
            pass
        running.add(asyncio.ensure_future(one(i)))
    await asyncio.gather(*running)
    return results
