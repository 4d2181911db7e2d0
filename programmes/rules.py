"""Who may change programmes, their versions and modules (django-rules).

A programme is owned: by a province (its province managers change it and its versions
and modules) or, with no province, by the nation (superusers only). Everyone with the
group's view permission reads; the admin's screens list national programmes and those
of the user's provinces (`Programme.objects.visible_to`).
"""

import rules

from programmes.models import Programme, ProgrammeModule, ProgrammeVersion
from units.predicates import holds, is_admin


def programme_of(obj):
    if isinstance(obj, ProgrammeModule):
        return obj.version.programme
    if isinstance(obj, ProgrammeVersion):
        return obj.programme
    return obj if isinstance(obj, Programme) else None


@rules.predicate
def owns_programme(user, obj) -> bool:
    """The programme (of the version or module) is of a province the user manages."""
    programme = programme_of(obj)
    if programme is None or programme.province_id is None:
        return False
    return Programme.objects.editable_by(user).filter(pk=programme.pk).exists()


for model in ("programme", "programmeversion", "programmemodule"):
    for action in ("change", "delete"):
        permission = f"programmes.{action}_{model}"
        rules.add_perm(permission, is_admin | (holds(permission) & owns_programme))
