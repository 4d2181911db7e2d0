# The small class of tests/course.py, for the retention tests.
from tests.course import centre, course  # noqa: F401
