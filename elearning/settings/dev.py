"""Local development, as `make run` serves it: DEBUG on unless the environment says."""

from .base import *  # noqa: F403
from .environment import read_bool

DEBUG = read_bool("DJANGO_DEBUG", True)
# The demo accounts of `make run` log in with the password alone unless asked.
REQUIRE_MFA = read_bool("REQUIRE_MFA", False)
