# Bug: collects bodies in the order the downloads finish, not the order of urls.
import asyncio


async def fetch_all(urls, fetch, limit):
    gate = asyncio.Semaphore(limit)
    results = []

    async def one(url):
        async with gate:
            results.append(await fetch(url))

    await asyncio.gather(*(one(u) for u in urls))
    return results
