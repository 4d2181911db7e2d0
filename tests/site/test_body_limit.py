"""A body larger than allowed is refused before it is read (elearning/body_limit)."""

import pytest
from asgiref.testing import ApplicationCommunicator

from elearning.asgi import application

MB = 1024 * 1024


def http_scope(path: str, length: int | None) -> dict:
    headers = [(b"host", b"127.0.0.1"), (b"content-type", b"text/plain")]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    return {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
        "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
        "query_string": b"", "headers": headers, "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }  # fmt: skip


async def test_a_declared_60_mb_body_is_refused_unread():
    app = ApplicationCommunicator(application, http_scope("/accounts/login/", 60 * MB))
    # Nothing of the body is sent: the answer must come without reading it.

    start = await app.receive_output(timeout=5)
    body = await app.receive_output(timeout=5)

    assert start["status"] == 413
    assert "quá lớn (tối đa 12 MB)" in body["body"].decode()
    await app.wait(timeout=5)


@pytest.mark.django_db(transaction=True)
async def test_a_body_without_a_length_is_cut_off_at_the_limit():
    app = ApplicationCommunicator(application, http_scope("/accounts/login/", None))
    chunk = b"x" * MB
    for _ in range(13):
        await app.send_input({"type": "http.request", "body": chunk, "more_body": True})
    await app.send_input({"type": "http.request", "body": b"", "more_body": False})

    # Django sees the client leave where the body passed 12 MB: no response (it
    # would answer a whole body, even this one).
    assert await app.receive_nothing(timeout=2)
    await app.wait(timeout=5)


async def test_an_admin_document_upload_may_be_larger():
    from elearning.body_limit import limit_for

    assert limit_for("/admin/documents/multiple/add/") > 100 * MB
    assert limit_for("/quizzes/attempt/1/save/") == 12 * MB
