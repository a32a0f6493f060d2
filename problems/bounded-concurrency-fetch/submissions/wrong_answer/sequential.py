# One request at a time: correct bodies, but it never uses the allowance.
async def fetch_all(urls, fetch, limit):
    return [await fetch(u) for u in urls]
