# The small class that these tests share (tests/course.py).
from tests.course import centre, course, graded  # noqa: F401
