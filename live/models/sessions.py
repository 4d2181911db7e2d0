"""A live session, the people in it, and the record of every client action."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def new_code() -> str:
    return f"{secrets.randbelow(900000) + 100000}"


class LiveSessionQuerySet(models.QuerySet):
    def hosted_by(self, user):
        if user.is_superuser:
            return self.all()
        return self.filter(models.Q(owner=user) | models.Q(cohosts=user)).distinct()


class LiveSession(models.Model):
    """A lecturer's live dialogue: joined by a 6-digit code, driven from a console."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ENDED = "ended", _("Ended")

    class Activity(models.TextChoices):
        NONE = "", _("Nothing on screen")
        QA = "qa", _("Questions")
        POLL = "poll", _("Poll")
        QUIZ = "quiz", _("Live quiz")
        SITUATION = "situation", _("Live situation")

    code = models.CharField(_("code"), max_length=6, unique=True, default=new_code)
    title = models.CharField(_("title"), max_length=200)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="live_sessions",
        verbose_name=_("lecturer"),
    )
    cohosts = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="cohosted_live_sessions",
        verbose_name=_("co-hosts"),
    )
    class_session = models.ForeignKey(
        "classes.ClassSession",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_sessions",
        verbose_name=_("class session"),
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )
    lobby = models.BooleanField(
        _("lobby"), default=False, help_text=_("The lecturer admits each person.")
    )
    qa_moderated = models.BooleanField(_("approve questions first"), default=False)
    qa_anonymous = models.BooleanField(_("allow anonymous questions"), default=True)
    quiz_speed_points = models.BooleanField(_("speed points in quizzes"), default=False)
    blocked_words = models.TextField(
        _("extra blocked words"), blank=True, help_text=_("One word or phrase a line.")
    )
    activity = models.CharField(
        _("on screen"), max_length=16, choices=Activity.choices, blank=True
    )
    activity_id = models.PositiveBigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    objects = LiveSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.code} — {self.title}"

    def get_absolute_url(self):
        return reverse("live:participant", args=[self.code])

    def is_host(self, user) -> bool:
        """Its lecturer or a co-host while they hold a host role; a superuser."""
        from live.rights import may_host

        if not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        return (
            user.pk == self.owner_id or self.cohosts.filter(pk=user.pk).exists()
        ) and may_host(user)


class Participant(models.Model):
    """Someone in a live session: a logged-in person, or a display name with a token."""

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_participations",
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    display_name = models.CharField(_("display name"), max_length=60)
    admitted = models.BooleanField(_("admitted"), default=True)
    score = models.IntegerField(_("score"), default=0)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(user__isnull=False),
                name="live_participant_once_per_user",
            ),
        ]

    def __str__(self):
        return self.display_name


class ClientAction(models.Model):
    """One client message that changed something, kept so a repeat has no effect."""

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="actions"
    )
    actor = models.CharField(max_length=64)
    client_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=32)
    reply = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "actor", "client_id"], name="live_action_once"
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.client_id}"


class Reaction(models.Model):
    """How many of each reaction a session received."""

    class Kind(models.TextChoices):
        LIKE = "like", "👍"
        LOVE = "love", "❤️"
        CLAP = "clap", "👏"
        QUESTION = "question", "❓"

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "kind"], name="live_reaction_once"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.count}"
