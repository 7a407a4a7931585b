import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.cases.report import Report
from bot.cases.store import CaseStore


@pytest.mark.timeout(120)
@pytest.mark.parametrize("separate_stores", [False, True], ids=["shared", "per-thread"])
def test_concurrent_submissions_get_distinct_consecutive_references(database_url, separate_stores):
    """40 submissions from 8 threads; per-thread stores stand in for separate processes."""
    CaseStore(database_url).close()  # migrate once, up front
    shared = CaseStore(database_url)
    stores = [CaseStore(database_url) if separate_stores else shared for _ in range(8)]

    def submit(i: int) -> str:
        store = stores[i % 8]
        return store.submit(Report(), channel="rest", language="en", sender_key=f"rest:{i}").reference

    with ThreadPoolExecutor(max_workers=8) as pool:
        references = list(pool.map(submit, range(40)))

    year = dt.datetime.now(dt.timezone.utc).year
    assert sorted(references) == [f"HC-{year}-{n:05d}" for n in range(1, 41)]
    assert len(shared.list_cases()) == 40
    for store in {id(s): s for s in stores + [shared]}.values():
        store.close()
