"""The files users upload, on the local file system (MEDIA_ROOT).

Django's FileSystemStorage leaves the part it wrote behind when a write fails (the
disk full, a quota): a file no row names, taking the room that is short. This one
removes it before the error goes on to the caller (records' hand-in says so in
Vietnamese).
"""

import contextlib
import os

from django.core.files import storage


class FileSystemStorage(storage.FileSystemStorage):
    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except FileExistsError:
            raise
        except OSError:
            # The name was free (Django opens it with O_EXCL): what is there now
            # is the part this save wrote.
            with contextlib.suppress(OSError):
                os.remove(self.path(name))
            raise
