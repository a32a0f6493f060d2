# Bug: asyncio.wait() refuses an empty collection, so an empty url list raises ValueError.
import asyncio


async def fetch_all(urls, fetch, limit):
    gate = asyncio.Semaphore(limit)

    async def one(url):
        async with gate:
            return await fetch(url)

    tasks = [asyncio.ensure_future(one(u)) for u in urls]
    await asyncio.wait(tasks)
    return [t.result() for t in tasks]
