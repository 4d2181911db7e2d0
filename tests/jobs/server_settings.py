"""Settings of the servers that tests/jobs starts: the test settings, with the jobs
runner on, looking every second and publishing due pages every second."""

from elearning.settings.test import *  # noqa: F403

JOBS_IN_PROCESS = True
JOBS_TICK_SECONDS = 1
JOBS_PERIODS = {"publish_scheduled": 1}
HEALTH_CHECKS = {"jobs": "jobs.health.scheduler_ran_recently"}
EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"
