"""The roles people hold, and the Django groups that carry their admin permissions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    TRAINEE = "trainee", _("Trainee")
    LECTURER = "lecturer", _("Lecturer")
    EDITOR = "editor", _("Editor")
    CENTRE_MANAGER = "centre_manager", _("Centre manager")
    PROVINCE_MANAGER = "province_manager", _("Province manager")
    ADMIN = "admin", _("Administrator")


class Employment(models.TextChoices):
    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")


# Roles scoped to one training unit, and the one scoped to a province.
UNIT_ROLES = {Role.TRAINEE, Role.LECTURER, Role.EDITOR, Role.CENTRE_MANAGER}
PROVINCE_ROLES = {Role.PROVINCE_MANAGER}
# Roles whose holders manage the people and classes of their scope.
MANAGING_ROLES = {Role.CENTRE_MANAGER, Role.PROVINCE_MANAGER}

MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def _crud(app_label: str, *models: str, actions=("add", "change", "view")) -> list[str]:
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


# What editors write: the question bank, quizzes and situation exercises.
AUTHORING = [
    *_crud("quizzes", "category", "question", "quiz"),
    *_crud("situations", "situation", "competency", "audience"),
    "situations.publish_situation",
]

# Classes are opened and changed (never deleted: their history stays) by the managers of
# their unit; the admin screens show each manager only their own classes.
CLASSES = _crud("classes", "trainingclass")
# Programmes, versions and modules: centre managers read them (to pick a version for
# a class); province managers add them and change or delete their own province's
# (programmes/rules.py asks who owns each one; national ones are superusers').
PROGRAMMES_READ = _crud(
    "programmes", "programme", "programmeversion", "programmemodule", actions=["view"]
)
PROGRAMMES_WRITE = _crud(
    "programmes",
    "programme",
    "programmeversion",
    "programmemodule",
    actions=("add", "change", "delete", "view"),
)

# Lecturers' profiles (with their qualifications and modules) and partner bodies: the
# centre manager keeps the centre's; the province manager reads the rosters, sets the
# province's lecturer standard and records the bodies every centre works with
# (lecturers/rules.py and partners/rules.py say which rows each may change).
LECTURERS_CENTRE = [
    *_crud("lecturers", "lecturerprofile", actions=("add", "change", "delete", "view")),
    *_crud("lecturers", "lecturerstandard", actions=["view"]),
    *_crud("partners", "organisation"),
    *_crud("partners", "classpartnership", actions=("add", "change", "delete", "view")),
]
LECTURERS_PROVINCE = [
    *_crud("lecturers", "lecturerprofile", actions=["view"]),
    *_crud("lecturers", "lecturerstandard"),
    *_crud("partners", "organisation"),
    *_crud("partners", "classpartnership", actions=["view"]),
]

# Model permissions ("app_label.codename") that each role's group holds in the admin.
GROUP_PERMISSIONS = {
    Role.EDITOR: ["wagtailadmin.access_admin", *MEDIA, *AUTHORING],
    Role.LECTURER: [
        "wagtailadmin.access_admin",
        *_crud("quizzes", "category", "question", "quiz", actions=["view"]),
        *_crud("situations", "situation", actions=["view"]),
    ],
    Role.CENTRE_MANAGER: [
        "wagtailadmin.access_admin",
        "units.view_adminunit",
        "units.view_trainingunit",
        "units.change_trainingunit",
        *CLASSES,
        *_crud("records", "credentialtemplate"),
        *PROGRAMMES_READ,
        *MEDIA,
        *AUTHORING,
        *LECTURERS_CENTRE,
    ],
    Role.PROVINCE_MANAGER: [
        "wagtailadmin.access_admin",
        "units.view_adminunit",
        "units.add_adminunit",
        "units.change_adminunit",
        "units.view_trainingunit",
        "units.add_trainingunit",
        "units.change_trainingunit",
        *CLASSES,
        *PROGRAMMES_WRITE,
        *LECTURERS_PROVINCE,
    ],
}


# Group names are data shown in the admin; fixed, so they never follow the language.
GROUP_NAMES = {
    Role.TRAINEE: "Học viên",
    Role.LECTURER: "Giảng viên",
    Role.EDITOR: "Biên tập viên",
    Role.CENTRE_MANAGER: "Quản lý trung tâm",
    Role.PROVINCE_MANAGER: "Quản lý cấp tỉnh",
    Role.ADMIN: "Quản trị",
}


def group_name(role: Role) -> str:
    return GROUP_NAMES[Role(role)]


def roles_of(user) -> set[str]:
    """The roles the person holds today (none for an anonymous visitor)."""
    if not user.is_authenticated:
        return set()
    return set(user.grants.current().values_list("role", flat=True))


def has_role(user, role: Role) -> bool:
    return user.is_superuser or role in roles_of(user)
