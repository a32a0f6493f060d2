# expect: wrong_answer | runtime_error
# Overwrites the counters fetch keeps with values of the wrong type. The trusted checker must
# never see them: corrupt data from the candidate's process is a verdict about the
# submission, not a failure of the problem's checker.
async def fetch_all(urls, fetch, limit):
    bodies = [await fetch(url) for url in urls]
    for cell in fetch.__closure__ or ():
        try:
            held = cell.cell_contents
        except ValueError:
            continue
        if isinstance(held, dict) and "max_in_flight" in held:
            held["max_in_flight"] = "as many as you like"
            held["calls"] = [1, 2, 3]
    return bodies
