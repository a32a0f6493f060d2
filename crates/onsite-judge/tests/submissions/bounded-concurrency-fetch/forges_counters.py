# expect: wrong_answer
# Fetches one URL at a time, then makes the record look concurrent and instant: sleeping is
# patched out (no virtual time passes) and the counters fetch keeps are found through its
# closure and rewritten. The record the judge trusts is not one the submission can reach.
import asyncio


async def _instant(delay, result=None):
    return result


async def fetch_all(urls, fetch, limit):
    asyncio.sleep = _instant
    bodies = [await fetch(url) for url in urls]
    for cell in fetch.__closure__ or ():
        try:
            held = cell.cell_contents
        except ValueError:
            continue
        if isinstance(held, dict) and "max_in_flight" in held:
            held["max_in_flight"] = min(limit, len(urls))
    return bodies
