"""Live situation: the class votes at a decision point; the host shows the outcome."""

from django.db import transaction
from django.utils.translation import gettext as _

from live import payloads, sources
from live.models import LiveSession, SituationStep, SituationVote
from live.services.base import (
    ActionError,
    Actor,
    Result,
    int_field,
    require_participant,
    to_all,
)


@transaction.atomic
def add_step(
    session: LiveSession,
    *,
    prompt: str,
    choices: list[dict],
    title: str = "",
    source_situation_id: int | None = None,
    source_step_id: int | None = None,
    ending: bool = False,
) -> SituationStep:
    """A draft decision point; each choice is {"label", "consequence"}.

    An ending (the last screen of a situation) has no choices."""
    choices = [
        {"label": c["label"].strip(), "consequence": c.get("consequence", "").strip()}
        for c in choices
        if c.get("label", "").strip()
    ]
    if len(choices) < 2 and not ending:
        raise ActionError("invalid", _("A decision point needs at least two choices."))
    step = SituationStep(
        session=session,
        title=title.strip(),
        prompt=prompt.strip(),
        choices=choices,
        source_situation_id=source_situation_id,
        source_step_id=source_step_id,
        position=session.situation_steps.count() + 1,
    )
    step.full_clean()
    step.save()
    return step


def _step(session: LiveSession, data: dict) -> SituationStep:
    step = SituationStep.objects.filter(
        session=session, pk=int_field(data, "step")
    ).first()
    if step is None:
        raise ActionError("not_found", _("This decision point no longer exists."))
    return step


def vote(session: LiveSession, actor: Actor, data: dict) -> Result:
    """One vote per person; voting again while open changes it."""
    participant_id = require_participant(actor)
    step = _step(session, data)
    if step.state != SituationStep.State.OPEN:
        raise ActionError("closed", _("Voting on this decision has ended."))
    choice = int_field(data, "choice", high=len(step.choices) - 1)
    SituationVote.objects.update_or_create(
        step=step, participant_id=participant_id, defaults={"choice": choice}
    )
    return Result(
        reply={"step": step.pk, "choice": choice}, tallies={f"situation:{step.pk}"}
    )


def control(session: LiveSession, actor: Actor, data: dict) -> Result:
    """Open the vote (and show it), or reveal a choice's consequence (default: the
    class's most voted)."""
    step = _step(session, data)
    action = data.get("action")
    events = []
    if action == "next":
        step = _following(session, step)
        action = "open"
    if action == "open":
        step.state = SituationStep.State.OPEN
        session.activity, session.activity_id = LiveSession.Activity.SITUATION, step.pk
        session.save(update_fields=["activity", "activity_id"])
        events.append(
            to_all({"type": "session", "session": payloads.session_info(session)})
        )
    elif action == "reveal":
        counts = payloads.situation_results(step)["counts"]
        default = max(range(len(counts)), key=lambda i: (counts[i], -i), default=None)
        step.chosen = (
            int_field(data, "choice", high=len(step.choices) - 1)
            if "choice" in data
            else default
        )
        step.state = SituationStep.State.REVEALED
    else:
        raise ActionError("invalid", _("Unknown situation action."))
    step.save(update_fields=["state", "chosen"])
    events.append(to_all({"type": "situation", "step": payloads.situation_step(step)}))
    return Result(
        reply={"step": step.pk}, events=events, tallies={f"situation:{step.pk}"}
    )


def _following(session: LiveSession, step: SituationStep) -> SituationStep:
    """The next decision point of the source situation after the revealed choice."""
    if step.state != SituationStep.State.REVEALED or step.chosen is None:
        raise ActionError("not_revealed", _("Show the consequence first."))
    fields = None
    if step.source_step_id:
        fields = sources.following_step(
            step.source_situation_id, step.source_step_id, step.chosen
        )
    if fields is None:
        raise ActionError("no_next", _("This situation has no further step."))
    return add_step(session, **fields)
