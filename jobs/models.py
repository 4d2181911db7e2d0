"""What the scheduler keeps: which due times are taken, when each process last
looked, and one row per job to run it alone."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ScheduledRun(models.Model):
    """A job's due time, taken by the first scheduler to insert it: the unique
    constraint is what makes a job run once per due time however many processes
    schedule it."""

    job = models.CharField(_("job"), max_length=64)
    due_at = models.DateTimeField(_("due at"))
    taken_by = models.CharField(_("taken by"), max_length=64)
    taken_at = models.DateTimeField(_("taken at"), auto_now_add=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        constraints = [
            models.UniqueConstraint(fields=["job", "due_at"], name="run_once_per_due")
        ]

    def __str__(self):
        return f"{self.job} @ {self.due_at:%Y-%m-%d %H:%M:%S}"


class SchedulerBeat(models.Model):
    """When each scheduler (one per process, host:pid) last looked; `/healthz`
    reads the latest."""

    runner = models.CharField(_("runner"), max_length=64, unique=True)
    at = models.DateTimeField(_("last looked at"), db_index=True)

    class Meta:
        verbose_name = _("scheduler beat")
        verbose_name_plural = _("scheduler beats")

    def __str__(self):
        return self.runner


class JobLock(models.Model):
    """One row per job that must never run twice at once (publishing): a run locks
    its row for the whole run."""

    name = models.CharField(_("job"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("job lock")
        verbose_name_plural = _("job locks")

    def __str__(self):
        return self.name
