"""Writing a province's criteria: a new version as a draft, its criteria, then
publishing it. A published set never changes; self-assessments keep theirs."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from standards import computations
from standards.models import CriteriaSet, Criterion


def _check_draft(criteria_set) -> None:
    if not criteria_set.is_draft:
        raise ValidationError(
            _(
                "A published set of criteria cannot be changed: make a new version "
                "of it instead."
            )
        )


@transaction.atomic
def create_version(province, user, *, based_on=None) -> CriteriaSet:
    """A new draft version for the province, a copy of ``based_on`` (by default
    its latest version) or empty when there is none."""
    if based_on is None:
        based_on = (
            CriteriaSet.objects.filter(province=province).order_by("-version").first()
        )
    elif based_on.province_id != province.pk:
        raise ValidationError(_("That set of criteria belongs to another province."))
    last = CriteriaSet.objects.select_for_update().filter(province=province)
    number = (last.aggregate(n=Max("version"))["n"] or 0) + 1
    this_year = timezone.localdate().year
    criteria_set = CriteriaSet.objects.create(
        province=province,
        version=number,
        title=based_on.title
        if based_on
        else _("Criteria for a political centre up to standard"),
        decision="",
        applies_from_year=max(this_year, based_on.applies_from_year)
        if based_on
        else this_year,
        based_on=based_on,
        created_by=user,
    )
    if based_on is not None:
        Criterion.objects.bulk_create(
            Criterion(
                criteria_set=criteria_set,
                group=c.group,
                code=c.code,
                position=c.position,
                text=c.text,
                guidance=c.guidance,
                kind=c.kind,
                computation=c.computation,
                comparison=c.comparison,
                target=c.target,
            )
            for c in based_on.criteria.all()
        )
    return criteria_set


@transaction.atomic
def update_criteria_set(criteria_set, *, title, decision, applies_from_year):
    _check_draft(criteria_set)
    criteria_set.title = title.strip()
    criteria_set.decision = decision.strip()
    criteria_set.applies_from_year = applies_from_year
    criteria_set.full_clean()
    criteria_set.save()
    return criteria_set


def criterion_errors(kind, computation, comparison, target) -> dict:
    """Pure: what a criterion lacks. A computed criterion names a known
    computation, a requirement and a target."""
    if kind != Criterion.Kind.COMPUTED:
        return {}
    errors = {}
    if computation not in computations.REGISTRY:
        errors["computation"] = _("Choose one of the platform's computations.")
    if not comparison:
        errors["comparison"] = _(
            "Say whether the figure must be at least or at most the target."
        )
    if target is None:
        errors["target"] = _("Give the target the figure is compared with.")
    return errors


def check_criterion(criterion) -> None:
    """Refuses a computed criterion without its figure; a declared one carries
    no computation, requirement or target."""
    errors = criterion_errors(
        criterion.kind, criterion.computation, criterion.comparison, criterion.target
    )
    if errors:
        raise ValidationError(errors)
    if not criterion.is_computed:
        criterion.computation = ""
        criterion.comparison = ""
        criterion.target = None


@transaction.atomic
def save_criterion(criterion) -> Criterion:
    """Add or change a criterion of a draft set (the form's unsaved instance)."""
    _check_draft(
        CriteriaSet.objects.select_for_update().get(pk=criterion.criteria_set_id)
    )
    check_criterion(criterion)
    criterion.full_clean()
    criterion.save()
    return criterion


@transaction.atomic
def delete_criterion(criterion) -> None:
    _check_draft(
        CriteriaSet.objects.select_for_update().get(pk=criterion.criteria_set_id)
    )
    criterion.delete()


@transaction.atomic
def publish_criteria_set(criteria_set, user) -> CriteriaSet:
    criteria_set = CriteriaSet.objects.select_for_update().get(pk=criteria_set.pk)
    _check_draft(criteria_set)
    criteria = list(criteria_set.criteria.all())
    if not criteria:
        raise ValidationError(_("Add the criteria before publishing the set."))
    unknown = [
        c.code
        for c in criteria
        if c.is_computed and c.computation not in computations.REGISTRY
    ]
    if unknown:
        raise ValidationError(
            _(
                "These criteria name a computation the platform does not have: "
                "%(codes)s."
            )
            % {"codes": ", ".join(unknown)}
        )
    criteria_set.status = CriteriaSet.Status.PUBLISHED
    criteria_set.published_by = user
    criteria_set.published_at = timezone.now()
    criteria_set.save()
    return criteria_set
