"""Zip packages (XLSX, DOCX, H5P) checked before anything inflates them.

A package of a few hundred KB can hold members that inflate to gigabytes. Python's
zipfile stops each member at the size its directory declares, so the declared sizes
bound what reading can produce: a package is refused when they add up to more than
a limit, or when it holds more members than any real document does.
"""

import io
import zipfile

MAX_MEMBERS = 2_000


class TooLarge(ValueError):
    """The package would inflate past the limit (or has too many members)."""


def check_zip(content: bytes, *, max_bytes: int) -> None:
    """Raise TooLarge when the package's members would inflate past `max_bytes`;
    zipfile.BadZipFile when it is not a zip package at all."""
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        members = package.infolist()
    if len(members) > MAX_MEMBERS:
        raise TooLarge(f"{len(members)} members")
    if sum(member.file_size for member in members) > max_bytes:
        raise TooLarge(f"over {max_bytes} bytes")
