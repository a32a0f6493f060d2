import asyncio


async def fetch_all(urls, fetch, limit):
    # A semaphore admits at most `limit` fetches; gather keeps the results in input order.
    gate = asyncio.Semaphore(limit)

    async def one(url):
        async with gate:
            return await fetch(url)

    return list(await asyncio.gather(*(one(url) for url in urls)))
