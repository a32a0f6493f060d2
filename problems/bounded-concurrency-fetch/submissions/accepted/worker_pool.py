# A pool of `limit` workers pulling indices from a queue, typed, importing asyncio.
import asyncio
from typing import Awaitable, Callable, List


async def fetch_all(urls: List[str], fetch: Callable[[str], Awaitable[str]], limit: int) -> List[str]:
    results: List[str] = [""] * len(urls)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(len(urls)):
        queue.put_nowait(i)

    async def worker() -> None:
        while True:
            try:
                i = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[i] = await fetch(urls[i])

    await asyncio.gather(*(worker() for _ in range(min(limit, len(urls)))))
    return results
