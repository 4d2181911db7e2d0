"""Local development, as `make run` serves it: DEBUG on unless the environment says."""

from .base import *  # noqa: F403
from .environment import read_bool

DEBUG = read_bool("DJANGO_DEBUG", True)
