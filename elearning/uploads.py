"""Pure: is a file what its name says? Judged by its first bytes, not its name.

Used for every upload a person makes: lesson documents, hand-ins."""

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, .xls, .ppt


def _mp4(head: bytes) -> bool:
    return head[4:8] == b"ftyp"


def _mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (
        len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
    )


SIGNATURES = {
    "pdf": lambda h: h.startswith(b"%PDF-"),
    "docx": lambda h: h.startswith(ZIP),
    "xlsx": lambda h: h.startswith(ZIP),
    "pptx": lambda h: h.startswith(ZIP),
    "odt": lambda h: h.startswith(ZIP),
    "ods": lambda h: h.startswith(ZIP),
    "odp": lambda h: h.startswith(ZIP),
    "doc": lambda h: h.startswith(OLE),
    "xls": lambda h: h.startswith(OLE),
    "ppt": lambda h: h.startswith(OLE),
    "mp4": _mp4,
    "m4a": _mp4,
    "mp3": _mp3,
    "webm": lambda h: h.startswith(b"\x1a\x45\xdf\xa3"),
    "ogg": lambda h: h.startswith(b"OggS"),
    "txt": lambda h: b"\x00" not in h and b"<script" not in h.lower(),
    "jpg": lambda h: h.startswith(b"\xff\xd8\xff"),
    "jpeg": lambda h: h.startswith(b"\xff\xd8\xff"),
    "png": lambda h: h.startswith(b"\x89PNG\r\n\x1a\n"),
}
EXTENSIONS = sorted(SIGNATURES)


def sniff_document(name: str, head: bytes) -> bool:
    """True when the first bytes fit the extension; unknown extensions fail."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    check = SIGNATURES.get(extension)
    return bool(check and head and check(head))


def head_of(file, size: int = 2048) -> bytes:
    """The first bytes of an uploaded file, leaving it ready to be read again."""
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head
