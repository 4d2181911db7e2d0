"""`make run` on a database made before the apps were split (elearning/old_schema)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from elearning import old_schema

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.django_db
def test_a_database_with_the_training_app_is_recognised():
    assert not old_schema._old_apps(connection)

    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('training', '0001_initial', CURRENT_TIMESTAMP)"
        )

    assert old_schema._old_apps(connection)


def run_check(database: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "elearning.settings.dev",
    }
    return subprocess.run(
        [sys.executable, "-m", "elearning.old_schema"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def make_database(path: Path, apps: list[str]) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE django_migrations (app TEXT, name TEXT, applied TEXT)")
        db.executemany(
            "INSERT INTO django_migrations VALUES (?, '0001_initial', '')",
            [(app,) for app in apps],
        )


def test_another_old_database_is_kept_and_the_user_told_what_to_do(tmp_path):
    database = tmp_path / "other.sqlite3"
    make_database(database, ["accounts", "training"])

    result = run_check(database)

    assert result.returncode == 1
    assert "lược đồ cũ" in result.stderr
    assert database.exists()


def test_a_new_database_passes_untouched(tmp_path):
    database = tmp_path / "new.sqlite3"
    make_database(database, ["accounts", "units", "classes"])

    result = run_check(database)

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert database.exists()
