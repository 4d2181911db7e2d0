"""What is on screen: checking an activity exists, and the events that show it."""

from django.utils.translation import gettext as _

from live import payloads
from live.models import LiveSession, Poll, QuizItem, SituationStep
from live.services.base import ActionError, to_all

MODELS = {"poll": Poll, "quiz": QuizItem, "situation": SituationStep}


def check_activity(session: LiveSession, kind: str, activity_id: int | None) -> None:
    model = MODELS.get(kind)
    if model and not model.objects.filter(session=session, pk=activity_id).exists():
        raise ActionError("not_found", _("This activity no longer exists."))


def current_activity_events(session: LiveSession) -> list:
    """The object on screen now, as participants and as hosts see it."""
    from live.services.quiz import quiz_event

    kind, pk = session.activity, session.activity_id
    if kind == "poll":
        poll = Poll.objects.get(pk=pk)
        return [to_all({"type": "poll", "poll": payloads.poll(poll)})]
    if kind == "quiz":
        return [quiz_event(QuizItem.objects.get(pk=pk))]
    if kind == "situation":
        step = SituationStep.objects.get(pk=pk)
        return [to_all({"type": "situation", "step": payloads.situation_step(step)})]
    return []


def activity_events(session: LiveSession) -> list:
    info = to_all({"type": "session", "session": payloads.session_info(session)})
    return [info, *current_activity_events(session)]
