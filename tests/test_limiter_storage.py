"""The in-memory rate-limit storage is safe under threaded workers."""

from __future__ import annotations

import sys
import threading
import time

from limits.storage import storage_from_string

import survey.extensions  # noqa: F401  (registers the storage)
from survey.limiter_storage import ThreadSafeMemoryStorage


def test_memory_scheme_and_the_app_limiter_use_the_thread_safe_storage(app):
    assert type(storage_from_string("memory://")) is ThreadSafeMemoryStorage
    assert type(survey.extensions.limiter.storage) is ThreadSafeMemoryStorage


def test_many_threads_hitting_at_once_never_fail_and_every_hit_counts():
    storage = storage_from_string("memory://")
    errors: list[BaseException] = []
    hits = [0] * 16
    barrier = threading.Barrier(len(hits))
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:

        def hit(index: int) -> None:
            barrier.wait()
            stop = time.monotonic() + 0.5
            while time.monotonic() < stop:
                try:
                    storage.incr("visitor", 60)
                    hits[index] += 1
                except Exception as error:  # noqa: BLE001 - any error fails the test
                    errors.append(error)

        threads = [threading.Thread(target=hit, args=(i,)) for i in range(len(hits))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(previous)
    assert errors == []
    assert storage.get("visitor") == sum(hits) > 0
