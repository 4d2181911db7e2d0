"""`manage.py run_jobs`: the jobs runner in a process of its own (with
JOBS_IN_PROCESS=false for the web processes), until SIGINT or SIGTERM."""

import signal

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from jobs.runner import Runner


class Command(BaseCommand):
    help = "Run the scheduled jobs (publishing, quiz deadlines, absence warnings)."

    def handle(self, *args, **options):
        runner = Runner().start()
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_args: runner.request_stop())
        self.stdout.write(_("Jobs runner %(id)s started.") % {"id": runner.id})
        runner.wait()
        runner.stop()
        self.stdout.write(_("Jobs runner stopped."))
