"""The in-memory rate-limit storage, made safe for threaded workers.

limits 5.8's MemoryStorage checks whether its expiry timer is running and starts a new one
without a lock: two threads hitting a limit at the same moment can both replace the timer and
one then starts the other's, raising "threads can only be started once" — a 500 for that
visitor. Seen under load with gunicorn's threaded workers. This subclass takes over the
`memory://` scheme (limits registers storage classes by scheme) and schedules under a lock.
"""

from __future__ import annotations

import threading

from limits.storage import MemoryStorage


class ThreadSafeMemoryStorage(MemoryStorage):
    STORAGE_SCHEME = ["memory"]

    def __init__(self, *args, **kwargs):
        self._expiry_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def __setstate__(self, state):
        self._expiry_lock = threading.Lock()
        super().__setstate__(state)

    # MemoryStorage calls its private `__schedule_expiry`, which Python names like this.
    def _MemoryStorage__schedule_expiry(self) -> None:
        with self._expiry_lock:
            if not self.timer.is_alive():
                self.timer = threading.Timer(0.01, self._MemoryStorage__expire_events)
                self.timer.daemon = True
                self.timer.start()
