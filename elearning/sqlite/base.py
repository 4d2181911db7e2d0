"""SQLite whose connections outlive the request's thread.

Under ASGI, Django runs each request's synchronous code on a thread of its own, and
connections belong to a thread: a persistent connection (CONN_MAX_AGE) is never
reused, so every request opened the database file again and ran its PRAGMAs, about a
fifth of a quiz save's time. Here closing a connection outside a transaction puts it
back in a small per-process pool, and the next thread takes it from there. Python's
sqlite3 connections may change threads (Django opens them with
check_same_thread=False); one is only ever used by one thread at a time.
"""

import threading
from collections import defaultdict

from django.db.backends.sqlite3 import base

POOL_SIZE = 8
_idle: dict[str, list] = defaultdict(list)
_lock = threading.Lock()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        with _lock:
            idle = _idle[str(self.settings_dict["NAME"])]
            if idle:
                return idle.pop()
        return super().get_new_connection(conn_params)

    def _close(self):
        connection = self.connection
        if connection is None:
            return
        reusable = not (self.in_atomic_block or connection.in_transaction)
        if reusable:
            with _lock:
                idle = _idle[str(self.settings_dict["NAME"])]
                if len(idle) < POOL_SIZE:
                    idle.append(connection)
                    return
        with self.wrap_database_errors:
            connection.close()
