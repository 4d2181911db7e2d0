"""Who may read a programme's pages: its enrolled trainees, and the staff."""

from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse

from classes.models import TrainingClass
from units.roles import Role, roles_of

STAFF_ROLES = {Role.LECTURER, Role.EDITOR, Role.CENTRE_MANAGER, Role.PROVINCE_MANAGER}


def is_staff_reader(user) -> bool:
    """Lecturers, editors and managers read every programme (and lecturer notes)."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_lessons_staff"):
        user._lessons_staff = user.is_superuser or bool(roles_of(user) & STAFF_ROLES)
    return user._lessons_staff


def enrolled_programme_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        TrainingClass.objects.for_trainee(user).values_list(
            "version__programme_id", flat=True
        )
    )


def with_enrolment(queryset, user):
    """Programme pages annotated with `user_enrolled`, in the same query."""
    if not user.is_authenticated:
        return queryset
    classes = TrainingClass.objects.for_trainee(user).filter(
        version__programme_id=OuterRef("programme_version__programme_id")
    )
    return queryset.annotate(user_enrolled=Exists(classes))


def _enrolled(user, programme_page) -> bool:
    version = programme_page.programme_version
    if version is None:
        return False
    if hasattr(programme_page, "user_enrolled"):
        return programme_page.user_enrolled
    return version.programme_id in enrolled_programme_ids(user)


def may_read(user, programme_page) -> bool:
    if programme_page is None or not programme_page.enrolled_only:
        return True
    if not user.is_authenticated:
        return False
    return _enrolled(user, programme_page) or is_staff_reader(user)


def deny(request, page):
    """None when the user may read the page; otherwise the response to send."""
    programme = page.programme_page(request.user)
    if programme is None or not programme.enrolled_only:
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if may_read(request.user, programme):
        return None
    return TemplateResponse(
        request,
        "lessons/not_enrolled.html",
        {"page": page, "programme": programme},
        status=403,
    )
