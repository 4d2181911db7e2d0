"""Settings of the servers the fault suite starts: the test settings, with one
MEDIA_ROOT shared by every worker (the test's own, F9 fills it up)."""

import os

from elearning.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["MEDIA_ROOT"]
