"""Before `make migrate`: a SQLite file made before the apps were split cannot migrate.

Until the one-way architecture (see the README), one `training` app held units,
programmes, classes and records; their migrations were then rebuilt, once, for the new
apps. A development database from before that is recognised by its `training` rows in
`django_migrations`: the default SQLite file is deleted (`make run` then builds and
seeds a new one) and the user is told; any other database is left alone, with a
message saying what to do. Exit status 1 only in that last case.
"""

import os
import sys
from pathlib import Path


def _old_apps(connection) -> bool:
    if "django_migrations" not in connection.introspection.table_names():
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_migrations WHERE app = 'training'")
        return cursor.fetchone()[0] > 0


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.dev")
    import django
    from django.conf import settings
    from django.db import connection

    from elearning.settings.environment import BadSetting

    try:
        django.setup()
    except BadSetting:
        return 0  # migrate says which variable is wrong
    if not _old_apps(connection):
        return 0
    name = Path(str(connection.settings_dict["NAME"]))
    default_file = Path(settings.BASE_DIR) / "var" / "db.sqlite3"
    connection.close()
    if connection.vendor == "sqlite" and name.resolve() == default_file.resolve():
        name.unlink()
        sys.stdout.write(
            f"Đã xoá cơ sở dữ liệu cũ {name} (lược đồ trước khi tách ứng dụng); "
            "một cơ sở dữ liệu mới với dữ liệu mẫu sẽ được tạo.\n"
        )
        return 0
    sys.stderr.write(
        f"Cơ sở dữ liệu {name} còn lược đồ cũ (ứng dụng 'training'): hãy xoá và tạo "
        "lại nó (các migration đã được làm lại một lần khi tách ứng dụng).\n"
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
