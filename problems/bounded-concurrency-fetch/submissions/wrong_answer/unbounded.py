# Ignores the limit and starts every request at once.
import asyncio


async def fetch_all(urls, fetch, limit):
    return list(await asyncio.gather(*(fetch(u) for u in urls)))
