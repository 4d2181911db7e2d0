"""Lecturers and managers are invited as trainees are: an account made in the
admin has no password until its owner sets one with the code of a slip."""

import io
import re

from django.test import Client
from pypdf import PdfReader

from accounts.models import User
from tests.course import login
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role

NEW_PASSWORD = "Hoc-tap-suot-doi-2026"


def slip_code(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", text)[1]


def test_an_admin_invites_a_lecturer_who_sets_her_own_password(admin_client, centre):
    response = admin_client.post(
        "/admin/users/new/",
        {"username": "gv_moi", "full_name": "Lò Thị Pắng", "phone": "0912 888 777"},
    )
    assert response.status_code == 302, response.content.decode()[-1500:]
    lecturer = User.objects.get(username="gv_moi")
    assert not lecturer.has_usable_password()
    grant_role(lecturer, Role.LECTURER, training_unit=centre.unit)
    edit = admin_client.get(f"/admin/users/edit/{lecturer.pk}/").content.decode()
    assert f"/people/{lecturer.pk}/activation-slip/" in edit

    pdf = admin_client.post(f"/people/{lecturer.pk}/activation-slip/").content
    code = slip_code(pdf)
    page = admin_client.get(f"/people/{lecturer.pk}/activation-slip/").content.decode()
    history = page.split('id="code-history"')[1].split("</table>")[0]
    assert "Còn hiệu lực đến" in history
    newcomer = Client()
    newcomer.post("/activate/", {"phone": "0912888777", "code": code})
    newcomer.post(
        "/activate/password/",
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    lecturer.refresh_from_db()
    assert lecturer.check_password(NEW_PASSWORD)


def test_the_centre_gives_slips_to_its_own_people_only(client, centre):
    page = login(client, centre.manager).get(
        f"/people/{centre.lecturer.pk}/activation-slip/"
    )
    assert page.status_code == 200
    stranger = UserFactory()
    grant_role(stranger, Role.LECTURER, training_unit=TrainingUnitFactory())
    assert client.post(f"/people/{stranger.pk}/activation-slip/").status_code == 404
    lecturer = login(Client(), centre.lecturer)
    assert (
        lecturer.post(f"/people/{centre.manager.pk}/activation-slip/").status_code
        == 404
    )
    assert not stranger.activation_codes.exists()
