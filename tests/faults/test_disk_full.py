"""F9: MEDIA_ROOT fills up while a trainee uploads a bài thu hoạch.

MEDIA_ROOT is a 1 MB tmpfs of the test's own (mounted when the test may, as root
in CI's container). Where mounting is not permitted, the workers get a file-size
limit instead (RLIMIT_FSIZE, with SIGXFSZ ignored): a write past it fails with EFBIG,
as a full disk's fails with ENOSPC; both are the OSError the upload meets. The
upload gets a clear Vietnamese message with the typed text kept, nothing is stored
and no half-written file is served; once there is room, the same upload works.
"""

import contextlib
import os
import resource
import signal
import subprocess

import pytest
import requests
from django.test import Client

from records.models import AssessmentResult
from tests.course import centre, course  # noqa: F401
from tests.faults import harness

LIMIT = 1024 * 1024
PDF = b"%PDF-1.4\n" + b"0" * (600 * 1024) + b"\n%%EOF\n"


@pytest.fixture
def small_media(tmp_path):
    """(folder, preexec): a 1 MB file system, or a file-size limit for the workers."""
    folder = tmp_path / "media"
    folder.mkdir()
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={LIMIT}", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    yield folder, None if mounted else _file_size_limit
    if mounted:
        subprocess.run(["umount", str(folder)], check=False)


def _file_size_limit():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (400 * 1024, 400 * 1024))


def test_disk_full_during_an_upload(tmp_path, pg_url, redis, course, small_media):  # noqa: F811
    folder, preexec = small_media
    trainee = course.trainees[0]
    client = Client()
    client.force_login(trainee)
    filler = folder / "filler"
    if preexec is None:
        filler.write_bytes(b"\0" * (LIMIT - 300 * 1024))  # ~300 KB left
    layout = harness.servers(
        tmp_path, database_url=pg_url, redis_url=redis.url, workers=1,
        media_root=folder, preexec=preexec,
    )  # fmt: skip
    url = f"{layout.url}/assessments/{course.essay.pk}/hand-in/"
    http = requests.Session()
    http.cookies.set("sessionid", client.cookies["sessionid"].value)
    try:
        http.get(url, timeout=30).raise_for_status()
        token = {"X-CSRFToken": http.cookies["csrftoken"], "Referer": url}
        text = "Bài thu hoạch về công tác xây dựng Đảng ở cơ sở."
        full = http.post(url, data={"text": text}, headers=token, timeout=60,
                         files={"file": ("bai-thu-hoach.pdf", PDF)},
                         allow_redirects=False)  # fmt: skip
        after_full = _files(folder)
        stored_full = harness.rows(
            pg_url,
            f"SELECT count(*) FROM {AssessmentResult._meta.db_table} "
            "WHERE trainee_id = %s",
            trainee.pk,
        )[0][0]
        with contextlib.suppress(FileNotFoundError):
            filler.unlink()
        # With the file-size limit, which stays, a smaller file fits under it.
        room = http.post(url, data={"text": text}, headers=token, timeout=60,
                         files={"file": ("bai-thu-hoach.pdf", _fits(preexec))},
                         allow_redirects=False)  # fmt: skip
        result_id = harness.rows(
            pg_url,
            f"SELECT id, file FROM {AssessmentResult._meta.db_table} "
            "WHERE trainee_id = %s",
            trainee.pk,
        )[0]
        served = http.get(f"{layout.url}/results/{result_id[0]}/file/", timeout=30)
    finally:
        layout.stop()

    page = full.content.decode()
    harness.report(
        "F9", media="tmpfs 1 MB" if preexec is None else "RLIMIT_FSIZE 400 KB",
        full_status=full.status_code, stored_when_full=stored_full,
        files_left_when_full=after_full, then_status=room.status_code,
        served_bytes=len(served.content),
    )  # fmt: skip
    assert full.status_code == 200
    assert "Máy chủ không lưu được tệp (ổ đĩa đã đầy)" in page
    assert text in page  # what was typed is still in the form
    assert stored_full == 0
    assert after_full == {}  # no half-written file left either
    assert room.status_code == 302
    assert served.status_code == 200
    assert served.content == _fits(preexec)


def _fits(preexec) -> bytes:
    return PDF if preexec is None else PDF[: 300 * 1024] + b"\n%%EOF\n"


def _files(folder) -> dict:
    """Every file under MEDIA_ROOT but the filler, with its size."""
    return {
        os.path.relpath(os.path.join(root, name), folder): os.path.getsize(
            os.path.join(root, name)
        )
        for root, _dirs, names in os.walk(folder)
        for name in names
        if name != "filler"
    }
